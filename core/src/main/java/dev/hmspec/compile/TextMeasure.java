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

    /** Advances of the characters {@link #simple} covers at 100 pt, filled on first use (NaN: not yet). */
    private static final double[] ADVANCE = new double[0x300];
    static { java.util.Arrays.fill(ADVANCE, Double.NaN); }
    /** Estimates this close to the widest (at 100 pt) are measured exactly: sums of advances differ from a run's in the last bits only. */
    private static final double TIE = 0.01;

    /**
     * The widest of many texts, as {@code max(width(t))} gives it, without laying out each one: a
     * text of Latin characters is as wide as the sum of its characters' advances (no kerning or
     * ligatures are asked for), so only the texts whose sums come within {@link #TIE} of the widest
     * are measured, one per distinct sum; others (any character past U+02FF) are measured as usual.
     * Ten thousand axis labels cost a few exact measures instead of ten thousand.
     */
    public static double maxWidth(java.util.List<String> texts, double fontSize, boolean bold) {
        if (bold || texts.size() < 64) { // few texts: measure them (bold has other advances)
            double w = 0;
            for (String t : texts) w = Math.max(w, width(t, fontSize, bold));
            return w;
        }
        double widest = 0;
        double[] sums = new double[texts.size()];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = advanceSum(texts.get(i));
            if (Double.isNaN(sums[i])) widest = Math.max(widest, width(texts.get(i), fontSize, false) * 100 / fontSize);
            else widest = Math.max(widest, sums[i]);
        }
        double w = 0;
        java.util.Set<Double> measured = new java.util.HashSet<>();
        for (int i = 0; i < sums.length; i++) {
            if (Double.isNaN(sums[i]) || sums[i] < widest - TIE || !measured.add(sums[i])) continue;
            w = Math.max(w, width(texts.get(i), fontSize, false));
        }
        for (int i = 0; i < sums.length; i++) if (Double.isNaN(sums[i])) w = Math.max(w, width(texts.get(i), fontSize, false));
        return w;
    }

    /** The sum of the characters' advances at 100 pt, or NaN when a character is outside the simple range. */
    private static double advanceSum(String text) {
        double sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= ADVANCE.length) return Double.NaN;
            double a = ADVANCE[c];
            if (Double.isNaN(a)) ADVANCE[c] = a = BASE.getStringBounds(String.valueOf(c), FRC).getWidth();
            sum += a;
        }
        return sum;
    }

    /** Line height we lay text out with: 1.2 em. */
    public static double lineHeight(double fontSize) { return fontSize * 1.2; }
}
