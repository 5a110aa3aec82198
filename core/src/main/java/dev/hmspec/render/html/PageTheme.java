package dev.hmspec.render.html;

import dev.hmspec.render.ColorText;
import dev.hmspec.scene.Style;

/**
 * The page chrome of a theme as CSS: the page or fragment background, the toolbar buttons, the
 * tooltip, the controls and the focus ring. Every rule starts with {@code root} ({@code html}
 * for a page, {@code #fragment-id} for a fragment), so it outranks the runtime's own styles and
 * never reaches outside a fragment. For {@code theme auto} the dark rules sit in a
 * {@code prefers-color-scheme: dark} block, which also recolors the drawing's palette colors
 * (attribute selectors over the light fills and strokes) while leaving data colors alone.
 * The light theme adds nothing, so its pages keep their bytes.
 */
final class PageTheme {
    private PageTheme() {}

    static String css(Style s, String root, boolean page) {
        if (s.isDefault()) return "";
        StringBuilder b = new StringBuilder();
        if (s.dark().isPresent()) {
            b.append(page ? "html { color-scheme: light dark; }\n" : "");
            b.append("@media (prefers-color-scheme: dark) {\n").append(chrome(s.dark().get(), root, page))
                    .append(recolor(s, s.dark().get(), root)).append("}\n");
            return b.toString();
        }
        return chrome(s, root, page);
    }

    private static String chrome(Style s, String root, boolean page) {
        String bg = hex(s.background()), fg = hex(s.text());
        StringBuilder b = new StringBuilder();
        if (page) b.append("html { color-scheme: ").append(dark(s) ? "dark" : "light").append("; }\n")
                .append("html body { background: ").append(bg).append("; color: ").append(fg).append("; }\n");
        else b.append(root).append(" { background: ").append(bg).append("; color: ").append(fg).append("; }\n");
        b.append(root).append(" .hm-figure > svg { font-family: ").append(s.fontFamily()).append("; }\n");
        b.append(root).append(" .hm-button { background: ").append(hex(s.buttonBackground())).append("; color: ")
                .append(hex(s.buttonText())).append("; border-color: ").append(hex(s.buttonBorder())).append("; }\n");
        b.append(root).append(" .hm-button[aria-pressed=\"true\"] { background: ").append(hex(s.buttonText()))
                .append("; color: ").append(hex(s.buttonBackground())).append("; }\n");
        b.append(root).append(" .hm-tooltip { background: ").append(rgba(s.tooltipBackground())).append("; color: ")
                .append(hex(s.tooltipText())).append("; }\n");
        b.append(root).append(" .hm-summary, ").append(root).append(" .hm-controls { color: ").append(fg).append("; }\n");
        b.append(root).append(" .hm-canvas:focus-visible { box-shadow: 0 0 0 2px ").append(hex(s.accent())).append("; }\n");
        return b.toString();
    }

    /** The drawing's light palette, switched to the dark one by attribute (CSS beats presentation attributes). */
    private static String recolor(Style light, Style dark, String root) {
        StringBuilder b = new StringBuilder();
        b.append(root).append(" .hm-background { fill: ").append(hex(dark.background())).append("; }\n");
        int[][] pairs = {{light.text(), dark.text()}, {light.muted(), dark.muted()}, {light.rule(), dark.rule()}};
        for (int[] p : pairs) {
            b.append(root).append(" .hm-scene :not(.hm-cell-labels) > text[fill=\"").append(hex(p[0])).append("\"] { fill: ").append(hex(p[1])).append("; }\n");
            b.append(root).append(" .hm-scene line[stroke=\"").append(hex(p[0])).append("\"], ").append(root)
                    .append(" .hm-scene rect[stroke=\"").append(hex(p[0])).append("\"] { stroke: ").append(hex(p[1])).append("; }\n");
        }
        return b.toString();
    }

    private static boolean dark(Style s) {
        int c = s.background();
        return (ColorText.alpha(c) > 0) && ((c >> 16 & 255) * 299 + (c >> 8 & 255) * 587 + (c & 255) * 114) / 1000 < 128;
    }

    static String hex(int argb) { return ColorText.rgb(argb); }

    static String rgba(int argb) {
        int a = ColorText.alpha(argb);
        if (a == 255) return hex(argb);
        return "rgba(" + (argb >> 16 & 255) + ", " + (argb >> 8 & 255) + ", " + (argb & 255) + ", "
                + dev.hmspec.diag.Numbers.plain(Math.round(a / 255.0 * 100) / 100.0) + ")";
    }
}
