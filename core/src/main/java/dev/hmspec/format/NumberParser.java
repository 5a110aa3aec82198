package dev.hmspec.format;

/**
 * The inverse of {@link NumberFormat} for one specifier: undoes fill and alignment, sign and
 * parentheses, "$" and "0x"-style prefixes, thousands grouping, "%" and SI prefixes. Used to
 * prove formats round-trip (format then parse gives the value rounded to the precision) and to
 * read labels back in tests; locale-independent like the formatter.
 */
final class NumberParser {
    private static final String SI = "yzafpnµm kMGTPEZY";

    private NumberParser() {}

    static double parse(String text, FormatSpecifier spec) {
        String s = text.strip();
        char fill = spec.fill();
        if (fill != ' ' && fill != '0') s = strip(s, fill);
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) { negative = true; s = s.substring(1, s.length() - 1); }
        if (s.startsWith("-") || s.startsWith("−")) { negative = true; s = s.substring(1); }
        else if (s.startsWith("+") || s.startsWith(" ")) s = s.substring(1);
        if (fill != ' ' && fill != '0') s = strip(s, fill);
        if (s.startsWith("$")) s = s.substring(1);
        String type = spec.type();
        int radix = type.equals("b") ? 2 : type.equals("o") ? 8 : type.equalsIgnoreCase("x") ? 16 : 10;
        if (radix != 10 && s.length() > 1 && s.charAt(0) == '0' && Character.toLowerCase(s.charAt(1)) == type.toLowerCase().charAt(0)) s = s.substring(2);
        s = s.replace(",", "");
        double scale = 1;
        if (s.endsWith("%")) { scale = 0.01; s = s.substring(0, s.length() - 1); }
        if (type.equals("s") && !s.isEmpty()) {
            int k = SI.indexOf(s.charAt(s.length() - 1));
            if (k >= 0 && k != 8) { scale = Math.pow(10, 3 * (k - 8)); s = s.substring(0, s.length() - 1); }
        }
        try {
            // Java would also accept "1d", "1f", "0x1p3" and "NaN"-like words: only plain decimals pass
            if (radix == 10 && !s.matches("[0-9]*\\.?[0-9]*(e[+-]?[0-9]+)?|Infinity")) return Double.NaN;
            double v = radix == 10 ? Double.parseDouble(s) : Long.parseLong(s, radix);
            v *= scale;
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String strip(String s, char c) {
        int a = 0, b = s.length();
        while (a < b && s.charAt(a) == c) a++;
        while (b > a && s.charAt(b - 1) == c) b--;
        return s.substring(a, b);
    }
}
