package dev.hmspec.scene;

import java.util.Objects;
import java.util.Optional;

/**
 * The resolved theme a scene was drawn with, for what the renderers add around the drawing:
 * the SVG font, the page's colors and its chrome (tooltip, toolbar buttons, focus accent).
 * Colors are packed 0xAARRGGBB. {@code dark} is present for {@code theme auto}: the page
 * switches to it when the reader prefers a dark scheme; static outputs use this style.
 */
public record Style(String name, String fontFamily, int background, int text, int muted, int rule,
                    int tooltipBackground, int tooltipText, int buttonBackground, int buttonText,
                    int buttonBorder, int accent, Optional<Style> dark, Sizes sizes) {
    /** Today's look; the compiler's own constants (compile/Theme) draw it. */
    public static final Style LIGHT = new Style("light", "DejaVu Sans, Verdana, Arial, sans-serif",
            0xFFFFFFFF, 0xFF222222, 0xFF555555, 0xFF888888, 0xEB141414, 0xFFFFFFFF,
            0xFFFFFFFF, 0xFF222222, 0xFFBBBBBB, 0xFF1A73E8, Optional.empty());

    public Style {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fontFamily, "fontFamily");
        Objects.requireNonNull(dark, "dark");
        Objects.requireNonNull(sizes, "sizes");
    }

    /** A style with the default sizes (embed12b added {@code sizes}; this keeps the former constructor). */
    public Style(String name, String fontFamily, int background, int text, int muted, int rule,
                 int tooltipBackground, int tooltipText, int buttonBackground, int buttonText,
                 int buttonBorder, int accent, Optional<Style> dark) {
        this(name, fontFamily, background, text, muted, rule, tooltipBackground, tooltipText, buttonBackground, buttonText,
                buttonBorder, accent, dark, Sizes.DEFAULT);
    }

    public boolean isDefault() { return equals(LIGHT); }

    public Style withDark(Style d) {
        return new Style(name, fontFamily, background, text, muted, rule, tooltipBackground, tooltipText,
                buttonBackground, buttonText, buttonBorder, accent, Optional.of(d), sizes);
    }
}
