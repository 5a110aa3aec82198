package dev.hmspec.compile;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text widths from real font metrics: DejaVu Sans (the family the SVG asks for first), through
 * Java2D, with fractional metrics. Falls back to the logical SansSerif font where DejaVu is
 * not installed; measurements are cached per (text, size, weight).
 */
public final class TextMeasure {
    public static final String FAMILY = "DejaVu Sans";
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);
    private static final Font BASE = pickFont();
    private static final ConcurrentHashMap<String, Double> CACHE = new ConcurrentHashMap<>();

    private TextMeasure() {}

    private static Font pickFont() {
        Font f = new Font(FAMILY, Font.PLAIN, 100);
        return FAMILY.equals(f.getFamily()) ? f : new Font(Font.SANS_SERIF, Font.PLAIN, 100);
    }

    public static double width(String text, double fontSize, boolean bold) {
        if (text.isEmpty()) return 0;
        String key = (bold ? "b" : "r") + fontSize + '\u0000' + text;
        Double cached = CACHE.get(key);
        if (cached != null) return cached;
        Font font = BASE.deriveFont(bold ? Font.BOLD : Font.PLAIN, 100f);
        double w = font.getStringBounds(text, FRC).getWidth() * fontSize / 100.0;
        if (CACHE.size() < 100_000) CACHE.put(key, w);
        return w;
    }

    /** Line height we lay text out with: 1.2 em. */
    public static double lineHeight(double fontSize) { return fontSize * 1.2; }
}
