package dev.hmspec.data;

/** Locale-independent number parsing and printing for data cells and messages. */
public final class Numbers {
    private Numbers() {}

    /** The number written in {@code s} (decimal, optional sign and exponent), or NaN if it is not one. */
    public static double parse(String s) {
        int n = s.length();
        int from = 0, to = n;
        while (from < to && s.charAt(from) == ' ') from++;
        while (to > from && s.charAt(to - 1) == ' ') to--;
        if (from == to) return Double.NaN;
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') digit = true;
            else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') return Double.NaN;
        }
        if (!digit) return Double.NaN;
        try {
            return Double.parseDouble(s.substring(from, to)); // Double.parseDouble ignores the locale
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Integers without ".0" (1, -3, 1e21 stays exponent); other values as Java's shortest repr. */
    public static String format(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
