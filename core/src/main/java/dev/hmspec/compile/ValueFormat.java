package dev.hmspec.compile;

import dev.hmspec.format.NumberFormat;
import dev.hmspec.format.TimeFormat;
import java.util.Optional;

/**
 * How one field's values read on axes, labels and tooltips: a number format, a date format or
 * plain text. Without a format, integers print with thousands separators and other numbers
 * with up to four significant digits; dates print as %Y-%m-%d (with time when not midnight).
 */
final class ValueFormat {
    private final NumberFormat number;
    private final TimeFormat time;

    private ValueFormat(NumberFormat number, TimeFormat time) {
        this.number = number;
        this.time = time;
    }

    /** The specifier was validated by the binder; here it only compiles. */
    static ValueFormat of(Optional<String> specifier, boolean temporal) {
        if (specifier.isEmpty()) return new ValueFormat(null, null);
        return temporal ? new ValueFormat(null, TimeFormat.compile(specifier.get()))
                : new ValueFormat(NumberFormat.compile(specifier.get()), null);
    }

    String format(Object value) {
        if (value == null) return "no data";
        if (value instanceof Double d) {
            if (d.isNaN()) return "no data";
            return number != null ? number.format(d) : plainNumber(d);
        }
        if (value instanceof Long ms) {
            if (time != null) return time.format(ms);
            return ms % 86_400_000L == 0 ? TimeFormat.compile("%Y-%m-%d").format(ms) : TimeFormat.compile("%Y-%m-%d %H:%M").format(ms);
        }
        return String.valueOf(value);
    }

    private static final NumberFormat INTEGER = NumberFormat.compile(",d");
    private static final NumberFormat FOUR_DIGITS = NumberFormat.compile(".4~r");

    static String plainNumber(double d) {
        if (Double.isInfinite(d)) return d > 0 ? "∞" : "-∞";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return INTEGER.format(d);
        return FOUR_DIGITS.format(d);
    }
}
