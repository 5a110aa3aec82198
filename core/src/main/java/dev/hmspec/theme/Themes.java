package dev.hmspec.theme;

import dev.hmspec.scene.Style;
import java.util.List;
import java.util.Optional;

/**
 * The built-in themes. {@code light} is today's look (byte-identical outputs); {@code dark}
 * keeps every text color at 8.5:1 or more on its background; {@code print} is black on white,
 * with rules as dark as text so nothing depends on hue or a light gray; {@code auto} is light
 * for static outputs and switches to dark in pages whose reader prefers a dark color scheme.
 */
public final class Themes {
    private Themes() {}

    public static final List<String> NAMES = List.of("light", "dark", "print", "auto");

    public static final Style DARK = new Style("dark", Style.LIGHT.fontFamily(),
            0xFF17181C, 0xFFECECEC, 0xFFB4B4B8, 0xFF8E8E96, 0xF2F0F0F0, 0xFF111111,
            0xFF2A2B31, 0xFFECECEC, 0xFF6A6B73, 0xFF8AB4F8, Optional.empty());

    public static final Style PRINT = new Style("print", Style.LIGHT.fontFamily(),
            0xFFFFFFFF, 0xFF000000, 0xFF333333, 0xFF000000, 0xF2FFFFFF, 0xFF000000,
            0xFFFFFFFF, 0xFF000000, 0xFF000000, 0xFF000000, Optional.empty());

    public static final Style AUTO = new Style("auto", Style.LIGHT.fontFamily(),
            Style.LIGHT.background(), Style.LIGHT.text(), Style.LIGHT.muted(), Style.LIGHT.rule(),
            Style.LIGHT.tooltipBackground(), Style.LIGHT.tooltipText(), Style.LIGHT.buttonBackground(),
            Style.LIGHT.buttonText(), Style.LIGHT.buttonBorder(), Style.LIGHT.accent(), Optional.of(DARK));

    /** A built-in theme by name, case-insensitive. */
    public static Optional<Style> byName(String name) {
        switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "light": return Optional.of(Style.LIGHT);
            case "dark": return Optional.of(DARK);
            case "print": return Optional.of(PRINT);
            case "auto": return Optional.of(AUTO);
            default: return Optional.empty();
        }
    }

    /** Whether a {@code theme} argument names a file rather than a built-in. */
    public static boolean looksLikeFile(String s) {
        return s.endsWith(".theme") || s.endsWith(".json") || s.contains("/") || s.contains("\\");
    }
}
