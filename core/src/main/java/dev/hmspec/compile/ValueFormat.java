package dev.hmspec.compile;

import dev.hmspec.format.NumberFormat;
import dev.hmspec.format.TimeFormat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * How one field's values read on axes, labels and tooltips: a number format, a date format or
 * plain text. Without a format, integers print with thousands separators and other numbers
 * with up to four significant digits; dates print as %Y-%m-%d (with time when not midnight).
 */
final class ValueFormat {
    private static final TimeFormat DATE = TimeFormat.compile("%Y-%m-%d");
    private static final TimeFormat DATE_TIME = TimeFormat.compile("%Y-%m-%d %H:%M");
    /** Whole numbers as plain digits, no grouping: years, IDs and codes on a category axis. */
    static final ValueFormat WHOLE_UNGROUPED = new ValueFormat(NumberFormat.compile("d"), null, false);
    private final NumberFormat number;
    private final TimeFormat time;
    private final boolean isDefault;

    private ValueFormat(NumberFormat number, TimeFormat time, boolean isDefault) {
        this.number = number;
        this.time = time;
        this.isDefault = isDefault;
    }

    /** Whether no format was given (the defaults in the class comment apply). */
    boolean isDefault() { return isDefault; }

    /** The specifier was validated by the binder; here it only compiles. */
    static ValueFormat of(Optional<String> specifier, boolean temporal) {
        if (specifier.isEmpty()) return new ValueFormat(null, null, true);
        return temporal ? new ValueFormat(null, TimeFormat.compile(specifier.get()), false)
                : new ValueFormat(NumberFormat.compile(specifier.get()), null, false);
    }

    String format(Object value) {
        if (value == null) return "no data";
        if (value instanceof Double d) {
            if (d.isNaN()) return "no data";
            return number != null ? number.format(d) : plainNumber(d);
        }
        if (value instanceof Long ms) {
            if (time != null) return time.format(ms);
            return ms % 86_400_000L == 0 ? DATE.format(ms) : DATE_TIME.format(ms);
        }
        return String.valueOf(value);
    }

    private static final MathContext FOUR_DIGITS = new MathContext(4);

    /** 1234567 → "1,234,567" without java.util.Formatter (this runs once per cell). */
    static String grouped(long v) {
        String digits = Long.toString(Math.abs(v));
        StringBuilder b = new StringBuilder(digits.length() + 6);
        if (v < 0) b.append('-');
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        b.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) b.append(',').append(digits, i, i + 3);
        return b.toString();
    }

    static String plainNumber(double d) {
        if (Double.isInfinite(d)) return d > 0 ? "∞" : "-∞";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return grouped((long) d);
        BigDecimal b = BigDecimal.valueOf(d).round(FOUR_DIGITS);
        return b.stripTrailingZeros().toPlainString();
    }
}
