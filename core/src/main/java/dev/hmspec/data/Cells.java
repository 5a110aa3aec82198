package dev.hmspec.data;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The typing rules for text cells, in one place so every engine applies the same ones (the
 * DuckDB scan reproduces them in SQL). A cell is, in this order of checks:
 * <ol>
 *   <li><b>missing</b>: null, or text in {@link #MISSING} (empty, NA, null, NaN);</li>
 *   <li><b>a number</b>: text matching {@link #NUMBER} whose value is finite;</li>
 *   <li><b>non-finite</b>: {@link #NON_FINITE} (Infinity, -Infinity, inf, …) or a {@link #NUMBER}
 *       beyond ±1.8e308, such as 1e400;</li>
 *   <li><b>grouped</b>: a number with thousands separators, {@link #GROUPED} ("1,000", "-12,345.5");</li>
 *   <li>otherwise a boolean, date or plain text.</li>
 * </ol>
 * A column is numeric when it holds at least one number and its number-like cells (numbers,
 * non-finite, grouped) are more than {@link #NUMERIC_SHARE} of its non-missing cells; its other
 * cells become missing, each kind with one warning naming the first row and the count (HM340
 * non-finite, HM341 grouped, HM225 stray text).
 */
public final class Cells {
    private Cells() {}

    /** Text read as a missing value, silently. */
    public static final List<String> MISSING = List.of("", "NA", "null", "NaN");

    /** A decimal number: optional sign, digits with an optional fraction, optional exponent. */
    public static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** Infinities as spreadsheets and languages write them (case-insensitive). */
    public static final Pattern NON_FINITE = Pattern.compile("(?i)[+-]?(inf|infinity)");

    /** A number with comma thousands separators. */
    public static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    /** Share of number-like cells among the non-missing ones above which a column is numeric. */
    public static final double NUMERIC_SHARE = 0.5;

    public static boolean isMissing(String s) { return MISSING.contains(s.strip()); }

    /** The finite number {@code s} holds, or NaN. Surrounding spaces are ignored. */
    public static double number(String s) {
        String t = s.strip();
        if (!NUMBER.matcher(t).matches()) return Double.NaN;
        double v = Double.parseDouble(t);
        return Double.isInfinite(v) ? Double.NaN : v;
    }

    /** Infinity written out, or a number too large for a double. */
    public static boolean isNonFinite(String s) {
        String t = s.strip();
        return NON_FINITE.matcher(t).matches() || NUMBER.matcher(t).matches() && Double.isInfinite(Double.parseDouble(t));
    }

    public static boolean isGrouped(String s) { return GROUPED.matcher(s.strip()).matches(); }
}
