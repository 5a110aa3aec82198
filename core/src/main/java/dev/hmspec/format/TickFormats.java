package dev.hmspec.format;

/**
 * d3-format's precision helpers and d3-scale's {@code tickFormat}: pick just enough digits to
 * tell neighbouring ticks apart (0.2, 0.4 — not 0.200000).
 */
public final class TickFormats {
    private TickFormats() {}

    /** The decimal exponent of |x| (from its shortest round-trip digits); NaN for NaN/Infinity. */
    public static double exponent(double x) {
        x = Math.abs(x);
        if (!Double.isFinite(x)) return Double.NaN;
        return JsNumbers.shortest(x).exponent();
    }

    /** Fraction digits for fixed notation with tick step {@code step} (d3 precisionFixed). */
    public static double precisionFixed(double step) { return Math.max(0, -exponent(Math.abs(step))); }

    /** Fraction digits for SI-prefix notation of values near {@code value} (d3 precisionPrefix). */
    public static double precisionPrefix(double step, double value) {
        return Math.max(0, Math.max(-8, Math.min(8, Math.floor(exponent(value) / 3))) * 3 - exponent(Math.abs(step)));
    }

    /** Significant digits for values up to {@code max} in steps of {@code step} (d3 precisionRound). */
    public static double precisionRound(double step, double max) {
        step = Math.abs(step);
        max = Math.abs(max) - step;
        return Math.max(0, exponent(max) - exponent(step)) + 1;
    }

    static NumberFormat forTicks(double start, double stop, int count, String specifierOrNull) {
        double step = dev.hmspec.scale.Ticks.tickStep(start, stop, count);
        FormatSpecifier spec = FormatSpecifier.parse(specifierOrNull == null ? ",f" : specifierOrNull);
        double precision;
        double max = Math.max(Math.abs(start), Math.abs(stop));
        switch (spec.type()) {
            case "s":
                if (spec.precision() < 0 && !Double.isNaN(precision = precisionPrefix(step, max)))
                    spec = spec.withPrecision((int) precision);
                return NumberFormat.withPrefixOf(spec, max);
            case "":
            case "e":
            case "g":
            case "r":
                if (spec.precision() < 0 && !Double.isNaN(precision = precisionRound(step, max)))
                    spec = spec.withPrecision((int) precision - (spec.type().equals("e") ? 1 : 0));
                break;
            case "f":
            case "%":
                if (spec.precision() < 0 && !Double.isNaN(precision = precisionFixed(step)))
                    spec = spec.withPrecision(Math.max(0, (int) precision - (spec.type().equals("%") ? 2 : 0)));
                break;
            default:
                break;
        }
        return NumberFormat.of(spec);
    }

    /** d3-format's formatTypes over a finite, non-negative x. */
    static String formatType(String type, double x, int p) {
        switch (type) {
            case "%": return JsNumbers.toFixed(x * 100, p);
            case "d": return JsNumbers.toStringJs(JsNumbers.round(x));
            case "e": return JsNumbers.toExponential(x, p);
            case "f": return JsNumbers.toFixed(x, p);
            case "g": return JsNumbers.toPrecision(x, p);
            case "r": return formatRounded(x, p);
            case "p": return formatRounded(x * 100, p);
            case "b": return radix(x, 2);
            case "o": return radix(x, 8);
            case "x": return radix(x, 16);
            case "X": return radix(x, 16).toUpperCase(java.util.Locale.ROOT);
            default: throw new IllegalStateException("unhandled format type " + type);
        }
    }

    /** JavaScript's {@code Math.round(x).toString(radix)}, exact for integers beyond 2^53 too. */
    private static String radix(double x, int radix) {
        return new java.math.BigDecimal(JsNumbers.round(x)).toBigInteger().toString(radix);
    }

    /** d3 formatRounded: p significant digits, in plain (non-exponential) notation. */
    private static String formatRounded(double x, int p) {
        JsNumbers.Decimal d = JsNumbers.rounded(x, p);
        return JsNumbers.place(d.digits(), x == 0 ? 0 : d.exponent());
    }
}
