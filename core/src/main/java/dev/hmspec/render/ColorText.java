package dev.hmspec.render;

/**
 * Packed 0xAARRGGBB colors as text. Renderers write {@code #rrggbb} plus a separate opacity
 * because Batik rejects {@code rgba()}; scene JSON writes {@code #rrggbbaa} when not opaque.
 */
public final class ColorText {
    private ColorText() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public static int alpha(int argb) { return argb >>> 24; }

    /** {@code #rrggbb}, alpha ignored. */
    public static String rgb(int argb) {
        char[] c = new char[7];
        c[0] = '#';
        for (int i = 0; i < 6; i++) c[1 + i] = HEX[(argb >>> (20 - 4 * i)) & 0xF];
        return new String(c);
    }

    /** {@code #rrggbb} when opaque, otherwise {@code #rrggbbaa} (CSS Color 4 order). */
    public static String rgba(int argb) {
        int a = alpha(argb);
        return a == 255 ? rgb(argb) : rgb(argb) + HEX[a >>> 4] + HEX[a & 0xF];
    }

    /** Parses {@code #rgb}, {@code #rrggbb} or {@code #rrggbbaa} back to 0xAARRGGBB. */
    public static int parse(String s) {
        String h = s.startsWith("#") ? s.substring(1) : s;
        if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        if (h.length() == 6) return 0xFF000000 | Integer.parseInt(h, 16);
        if (h.length() == 8) {
            long v = Long.parseLong(h, 16);
            return (int) ((v & 0xFF) << 24 | v >>> 8);
        }
        throw new IllegalArgumentException("not a hex color: \"" + s + "\"");
    }

    /** Alpha as an opacity in [0, 1], rounded to 3 decimals by the writer. */
    public static double opacity(int argb) { return alpha(argb) / 255.0; }
}
