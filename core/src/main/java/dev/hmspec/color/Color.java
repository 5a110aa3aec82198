package dev.hmspec.color;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colors as packed 0xAARRGGBB ints (what {@code CellGrid} stores): packing, CSS parsing
 * (hex, rgb[a], hsl[a], named, transparent — after d3-color), hex output, WCAG luminance and
 * contrast, and the sRGB transfer functions.
 */
public final class Color {
    public static final int TRANSPARENT = 0;
    public static final int NEAR_BLACK = 0xFF222222;
    public static final int WHITE = 0xFFFFFFFF;

    private static final String NUM = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*";
    private static final String PCT = NUM.replace(")\\s*", ")%\\s*");
    private static final Pattern HEX = Pattern.compile("#([0-9a-f]{3,8})");
    private static final Pattern RGB = Pattern.compile("rgba?\\(" + NUM + "," + NUM + "," + NUM + "(?:," + NUM + ")?\\)");
    private static final Pattern RGB_PCT = Pattern.compile("rgba?\\(" + PCT + "," + PCT + "," + PCT + "(?:," + NUM + ")?\\)");
    private static final Pattern HSL = Pattern.compile("hsla?\\(" + NUM + "," + PCT + "," + PCT + "(?:," + NUM + ")?\\)");

    private Color() {}

    public static int argb(int a, int r, int g, int b) {
        return (a & 0xFF) << 24 | (r & 0xFF) << 16 | (g & 0xFF) << 8 | (b & 0xFF);
    }

    public static int rgb(int r, int g, int b) { return argb(255, r, g, b); }
    public static int alpha(int c) { return c >>> 24; }
    public static int red(int c) { return c >> 16 & 0xFF; }
    public static int green(int c) { return c >> 8 & 0xFF; }
    public static int blue(int c) { return c & 0xFF; }

    /** A 0…1 component to a 0…255 channel: rounded, clamped, NaN → 0 (d3-color's rule). */
    public static int channel(double v01) {
        double v = Math.round(v01 * 255);
        return Double.isNaN(v01) ? 0 : (int) Math.max(0, Math.min(255, v));
    }

    /** "#rrggbb" for opaque colors, "#rrggbbaa" otherwise. */
    public static String toHex(int c) {
        String rgb = String.format(Locale.ROOT, "#%02x%02x%02x", red(c), green(c), blue(c));
        return alpha(c) == 255 ? rgb : rgb + String.format(Locale.ROOT, "%02x", alpha(c));
    }

    /**
     * Parses a CSS color: #rgb #rgba #rrggbb #rrggbbaa, rgb()/rgba() with numbers or percentages,
     * hsl()/hsla(), the 148 named colors and "transparent"; case-insensitive. Empty when invalid.
     */
    public static Optional<Integer> parse(String css) {
        if (css == null) return Optional.empty();
        String s = css.trim().toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = HEX.matcher(s)).matches()) return parseHex(m.group(1));
        if ((m = RGB.matcher(s)).matches() || (m = RGB_PCT.matcher(s)).matches()) {
            double k = m.pattern() == RGB_PCT ? 255.0 / 100 : 1;
            if (!arity(s, m)) return Optional.empty();
            return Optional.of(argb(alphaOf(m.group(4)), round255(num(m, 1) * k), round255(num(m, 2) * k), round255(num(m, 3) * k)));
        }
        if ((m = HSL.matcher(s)).matches()) {
            if (!arity(s, m)) return Optional.empty();
            return Optional.of(hsl(num(m, 1), num(m, 2) / 100, num(m, 3) / 100, alphaOf(m.group(4))));
        }
        if (s.equals("transparent")) return Optional.of(TRANSPARENT);
        Integer named = NamedColors.BY_NAME.get(s);
        return named == null ? Optional.empty() : Optional.of(0xFF000000 | named);
    }

    /** rgb( and hsl( take three values, rgba( and hsla( four (d3-color is as strict). */
    private static boolean arity(String s, Matcher m) {
        boolean hasAlphaName = s.startsWith("rgba") || s.startsWith("hsla");
        return hasAlphaName == (m.group(4) != null);
    }

    private static Optional<Integer> parseHex(String h) {
        int n = h.length();
        if (n != 3 && n != 4 && n != 6 && n != 8) return Optional.empty();
        long v = Long.parseLong(h, 16);
        if (n == 6) return Optional.of((int) (0xFF000000L | v));
        if (n == 8) return Optional.of((int) ((v & 0xFF) << 24 | v >> 8));
        int[] d = new int[n];
        for (int i = 0; i < n; i++) d[i] = (int) (v >> (4 * (n - 1 - i)) & 0xF) * 17;
        return Optional.of(argb(n == 4 ? d[3] : 255, d[0], d[1], d[2]));
    }

    private static double num(Matcher m, int g) { return Double.parseDouble(m.group(g)); }

    private static int round255(double v) { return (int) Math.max(0, Math.min(255, Math.round(v))); }

    private static int alphaOf(String a) {
        return a == null ? 255 : round255(Math.max(0, Math.min(1, Double.parseDouble(a))) * 255);
    }

    /** CSS hsl → rgb (CSS Color 3's algorithm, as d3-color's hsl2rgb). */
    private static int hsl(double h, double s, double l, int alpha) {
        h = h % 360 + (h < 0 ? 360 : 0);
        s = Math.max(0, Math.min(1, s));
        l = Math.max(0, Math.min(1, l));
        double m2 = l + (l < 0.5 ? l : 1 - l) * s, m1 = 2 * l - m2;
        return argb(alpha, round255(hue(h >= 240 ? h - 240 : h + 120, m1, m2)), round255(hue(h, m1, m2)),
                round255(hue(h < 120 ? h + 240 : h - 120, m1, m2)));
    }

    private static double hue(double h, double m1, double m2) {
        return (h < 60 ? m1 + (m2 - m1) * h / 60 : h < 180 ? m2 : h < 240 ? m1 + (m2 - m1) * (240 - h) / 60 : m1) * 255;
    }

    /** sRGB transfer function (IEC 61966-2-1): encoded 0…1 → linear light. */
    public static double srgbToLinear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Linear light → sRGB-encoded 0…1. */
    public static double linearToSrgb(double c) {
        return c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
    }

    /** WCAG 2 relative luminance in [0, 1] (alpha ignored). */
    public static double luminance(int c) {
        return 0.2126 * srgbToLinear(red(c) / 255.0) + 0.7152 * srgbToLinear(green(c) / 255.0)
                + 0.0722 * srgbToLinear(blue(c) / 255.0);
    }

    /** WCAG contrast ratio in [1, 21]. */
    public static double contrastRatio(int a, int b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Cell label color: near-black #222222 or white, whichever contrasts more with the background. */
    public static int contrastingText(int background) {
        return contrastRatio(background, NEAR_BLACK) >= contrastRatio(background, WHITE) ? NEAR_BLACK : WHITE;
    }

    /** Interpolates in OKLab (alpha linearly); t is not clamped. See {@link Interpolation} for other spaces. */
    public static int interpolateOklab(int a, int b, double t) {
        int alpha = (int) Math.max(0, Math.min(255, Math.round(alpha(a) + (alpha(b) - alpha(a)) * t)));
        return Oklab.of(a).lerp(Oklab.of(b), t).toArgb(alpha);
    }
}
