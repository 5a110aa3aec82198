package dev.hmspec.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed d3-format specifier {@code [[fill]align][sign][symbol][0][width][,][.precision][~][type]}.
 * {@code precision} is -1 when absent. Parsing follows d3's formatSpecifier, but rejects unknown
 * types instead of silently treating them as none.
 */
public record FormatSpecifier(char fill, char align, char sign, String symbol, boolean zero, int width,
                              boolean comma, int precision, boolean trim, String type) {

    private static final Pattern RE = Pattern.compile(
            "^(?:(.)?([<>=^]))?([+\\-( ])?([$#])?(0)?(\\d+)?(,)?(\\.\\d+)?(~)?([a-zA-Z%])?$", Pattern.DOTALL);

    /** d3-format's types ("" is none: shortest round-trip, like d3's ".12~g"; n is ",g"). */
    public static final String TYPES = "efgrsd%pboxXcn";

    /** @throws IllegalArgumentException with a user-readable message for an invalid specifier */
    public static FormatSpecifier parse(String spec) {
        Matcher m = RE.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid number format \"" + spec
                    + "\": expected [[fill]align][sign][$][0][width][,][.precision][~][type], e.g. \",.2f\"");
        }
        String type = m.group(10) == null ? "" : m.group(10);
        if (!type.isEmpty() && TYPES.indexOf(type.charAt(0)) < 0) {
            throw new IllegalArgumentException("invalid number format \"" + spec + "\": unknown type '" + type
                    + "' (use one of e f g r s % p d x X b o c n, or none)");
        }
        if (m.group(6) != null && m.group(6).length() > 4 || m.group(8) != null && m.group(8).length() > 4) {
            throw new IllegalArgumentException("invalid number format \"" + spec + "\": width or precision too large");
        }
        char fill = m.group(1) == null ? ' ' : m.group(1).charAt(0);
        char align = m.group(2) == null ? '>' : m.group(2).charAt(0);
        boolean zero = m.group(5) != null;
        if (zero || (fill == '0' && align == '=')) { // d3: zero fill means "=" alignment with "0"
            zero = true;
            fill = '0';
            align = '=';
        }
        return new FormatSpecifier(fill, align,
                m.group(3) == null ? '-' : m.group(3).charAt(0),
                m.group(4) == null ? "" : m.group(4),
                zero,
                m.group(6) == null ? -1 : Integer.parseInt(m.group(6)),
                m.group(7) != null,
                m.group(8) == null ? -1 : Integer.parseInt(m.group(8).substring(1)),
                m.group(9) != null,
                type);
    }

    public FormatSpecifier withPrecision(int p) {
        return new FormatSpecifier(fill, align, sign, symbol, zero, width, comma, p, trim, type);
    }

    public FormatSpecifier withTrim(boolean t) {
        return new FormatSpecifier(fill, align, sign, symbol, zero, width, comma, precision, t, type);
    }

    public FormatSpecifier withComma(boolean c) {
        return new FormatSpecifier(fill, align, sign, symbol, zero, width, c, precision, trim, type);
    }

    public FormatSpecifier withType(String t) {
        return new FormatSpecifier(fill, align, sign, symbol, zero, width, comma, precision, trim, t);
    }

    /** The specifier text, as d3's {@code FormatSpecifier.toString()}. */
    @Override public String toString() {
        return (fill == ' ' && align == '>' && !zero ? "" : zero ? "" : String.valueOf(fill) + align)
                + (sign == '-' ? "" : String.valueOf(sign)) + symbol + (zero ? "0" : "")
                + (width < 0 ? "" : String.valueOf(width)) + (comma ? "," : "")
                + (precision < 0 ? "" : "." + precision) + (trim ? "~" : "") + type;
    }
}
