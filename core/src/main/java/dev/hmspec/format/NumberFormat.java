package dev.hmspec.format;

import java.util.function.DoublePredicate;

/**
 * d3-format's {@code format(specifier)} for every type (e f g r s % p d x X b o c n and none), locale-independent
 * (always "." decimal and "," thousands). One deliberate difference: the minus sign is the ASCII
 * hyphen-minus "-" where d3 uses U+2212, so labels survive CSV, terminals and copy-paste.
 * NaN formats as "" (the caller decides what to show); infinities as "Infinity".
 * Immutable and thread-safe.
 */
public final class NumberFormat {
    private static final String[] PREFIXES = {"y", "z", "a", "f", "p", "n", "µ", "m", "", "k", "M", "G", "T", "P", "E", "Z", "Y"};

    private final FormatSpecifier spec;
    private final int precision;        // resolved (d3 defaults and clamps applied)
    private final String type;          // resolved ("" becomes g, with trim)
    private final boolean trim;
    private final int fixedPrefix;      // SI exponent for formatPrefix, or Integer.MIN_VALUE
    private final DoublePredicate keep; // null: label every value

    private NumberFormat(FormatSpecifier spec, int fixedPrefix, DoublePredicate keep) {
        this.fixedPrefix = fixedPrefix;
        this.keep = keep;
        if (spec.type().equals("n")) spec = spec.withComma(true).withType("g"); // d3: n is an alias for ",g"
        String t = spec.type();
        int p = spec.precision();
        boolean tr = spec.trim();
        if (t.isEmpty()) { // d3: none is an alias for ".12~g"
            if (p < 0) p = 12;
            tr = true;
            t = "g";
        }
        this.spec = spec;
        this.type = t;
        this.trim = tr;
        this.precision = p < 0 ? 6 : "gprs".contains(t) ? Math.max(1, Math.min(21, p)) : Math.max(0, Math.min(20, p));
    }

    /** @throws IllegalArgumentException with a user-readable message for an invalid specifier */
    public static NumberFormat compile(String specifier) {
        return new NumberFormat(FormatSpecifier.parse(specifier), Integer.MIN_VALUE, null);
    }

    public static NumberFormat of(FormatSpecifier spec) { return new NumberFormat(spec, Integer.MIN_VALUE, null); }

    /** d3's default scale tickFormat: ",f" with the precision the tick step needs. */
    public static NumberFormat forTicks(double start, double stop, int count) { return forTicks(start, stop, count, null); }

    /** d3-scale {@code tickFormat(domain, count, specifier)}: fills in precision from the tick step. */
    public static NumberFormat forTicks(double start, double stop, int count, String specifierOrNull) {
        return TickFormats.forTicks(start, stop, count, specifierOrNull);
    }

    /**
     * d3 {@code formatPrefix(specifier, value)}: every value shown with the SI prefix suited to
     * {@code reference} (so an axis reads 0.0M, 0.5M, 1.0M), fixed-point digits.
     */
    public static NumberFormat withPrefixOf(FormatSpecifier spec, double reference) {
        int e = Math.max(-8, Math.min(8, (int) Math.floor(TickFormats.exponent(reference) / 3.0))) * 3;
        return new NumberFormat(spec.withType("f"), e, null);
    }

    public FormatSpecifier specifier() { return spec; }

    public boolean hasPrecision() { return spec.precision() >= 0; }

    public NumberFormat withTrim(boolean t) { return new NumberFormat(spec.withTrim(t), fixedPrefix, keep); }

    /** A format that returns "" for values not kept (log axes label only some ticks). */
    public NumberFormat onlyWhere(DoublePredicate keepValue) { return new NumberFormat(spec, fixedPrefix, keepValue); }

    public String format(double value) {
        if (Double.isNaN(value)) return "";
        if (keep != null && !keep.test(value)) return "";
        if (fixedPrefix != Integer.MIN_VALUE) {
            return formatCore(value * Math.pow(10, -fixedPrefix), "") + PREFIXES[8 + fixedPrefix / 3];
        }
        return formatCore(value, null);
    }

    /** d3-format's locale format(value); siSuffix overrides the "s" prefix when non-null. */
    private String formatCore(double value, String siSuffix) {
        String symbolPrefix = spec.symbol().equals("$") ? "$" : spec.symbol().equals("#") && "boxX".contains(type) ? "0" + type.toLowerCase(java.util.Locale.ROOT) : "";
        if (type.equals("c")) return pad(symbolPrefix, "", JsNumbers.toStringJs(value)); // d3: c prints String(value), sign and all
        boolean negative = value < 0 || 1 / value < 0;
        double abs = Math.abs(value);
        String body;
        String si = "";
        if (Double.isInfinite(abs)) {
            body = "Infinity";
        } else if (type.equals("s")) {
            SiParts parts = formatPrefixAuto(abs, precision);
            body = parts.text;
            si = PREFIXES[8 + parts.exponent / 3];
        } else {
            body = TickFormats.formatType(type, abs, precision);
        }
        if (siSuffix != null) si = siSuffix;
        if (trim) body = trimZeros(body);
        if (negative && ("defgprs%".contains(type) ? isZero(body) : body.matches("0+")) && spec.sign() != '+') negative = false;

        char sign = spec.sign();
        String prefix = (negative ? (sign == '(' ? "(" : "-") : sign == '-' || sign == '(' ? "" : String.valueOf(sign))
                + symbolPrefix;
        String suffix = si + (type.equals("%") || type.equals("p") ? "%" : "") + (negative && sign == '(' ? ")" : "");

        // Split the integer part (grouped) from the fraction or exponent (not grouped); radix
        // types have letters for digits and are never split (d3's maybeSuffix).
        for (int i = 0; "defgprs%".contains(type) && i < body.length(); i++) {
            char c = body.charAt(i);
            if (c < '0' || c > '9') {
                suffix = body.substring(i) + suffix;
                body = body.substring(0, i);
                break;
            }
        }
        return pad(prefix, body, suffix);
    }

    /** d3's grouping, padding and alignment around the number's body. */
    private String pad(String prefix, String body, String suffix) {
        int width = spec.width();
        boolean comma = spec.comma(), zero = spec.zero();
        if (comma && !zero) body = group(body, Integer.MAX_VALUE);
        int length = prefix.length() + body.length() + suffix.length();
        String padding = length < width ? String.valueOf(spec.fill()).repeat(width - length) : "";
        if (comma && zero) {
            body = group(padding + body, padding.isEmpty() ? Integer.MAX_VALUE : width - suffix.length());
            padding = "";
        }
        switch (spec.align()) {
            case '<': return prefix + body + suffix + padding;
            case '=': return prefix + padding + body + suffix;
            case '^': {
                int half = padding.length() >> 1;
                return padding.substring(0, half) + prefix + body + suffix + padding.substring(half);
            }
            default: return padding + prefix + body + suffix;
        }
    }

    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e') break;
            if (c >= '1' && c <= '9') return false;
        }
        return !body.startsWith("Infinity");
    }

    private record SiParts(String text, int exponent) {}

    /** d3 formatPrefixAuto: p significant digits, exponent snapped to a multiple of 3 in [-24, 24]. */
    private static SiParts formatPrefixAuto(double x, int p) {
        JsNumbers.Decimal d = JsNumbers.rounded(x, p);
        String coefficient = d.digits();
        int exponent = x == 0 ? 0 : d.exponent();
        int prefixExponent = Math.max(-8, Math.min(8, Math.floorDiv(exponent, 3))) * 3;
        int i = exponent - prefixExponent + 1, n = coefficient.length();
        String text;
        if (i == n) text = coefficient;
        else if (i > n) text = coefficient + "0".repeat(i - n);
        else if (i > 0) text = coefficient.substring(0, i) + "." + coefficient.substring(i);
        else text = "0." + "0".repeat(-i) + JsNumbers.rounded(x, Math.max(1, p + i - 1)).digits(); // below 1y
        return new SiParts(text, prefixExponent);
    }

    /** d3 formatTrim: drops insignificant trailing zeros of the fraction, e.g. 1.2000k → 1.2k. */
    static String trimZeros(String s) {
        int n = s.length(), i0 = -1, i1 = 0;
        out:
        for (int i = 1; i < n; ++i) {
            char c = s.charAt(i);
            switch (c) {
                case '.': i0 = i1 = i; break;
                case '0': if (i0 == 0) i0 = i; i1 = i; break;
                default:
                    if (c < '1' || c > '9') break out;
                    if (i0 > 0) i0 = 0;
                    break;
            }
        }
        return i0 > 0 ? s.substring(0, i0) + s.substring(i1 + 1) : s;
    }

    /** Thousands grouping by 3 with ",", limited to {@code width} characters like d3's formatGroup. */
    private static String group(String value, int width) {
        StringBuilder out = new StringBuilder();
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        int i = value.length(), length = 0, g = 3;
        while (i > 0 && g > 0) {
            if (length + g + 1 > width) g = Math.max(1, width - length);
            int from = Math.max(0, i - g);
            parts.add(value.substring(from, i));
            i -= g;
            if ((length += g + 1) > width) break;
            g = 3;
        }
        for (int k = parts.size() - 1; k >= 0; k--) {
            out.append(parts.get(k));
            if (k > 0) out.append(',');
        }
        return out.toString();
    }

    /**
     * Reads text written by this format back into a number (the inverse up to the format's
     * rounding): strips fill, sign, currency, radix prefix, grouping, percent and SI suffixes.
     * NaN when the text is not a number this format could have written.
     */
    public double parse(String text) { return NumberParser.parse(text, spec.withType(type)); }

    @Override public String toString() { return "NumberFormat(\"" + spec + "\")"; }
}
