package dev.hmspec.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * JavaScript's Number → string conversions ({@code toFixed}, {@code toExponential},
 * {@code toPrecision}, {@code String(x)}), which d3-format is built on. Implemented with exact
 * BigDecimal arithmetic on the double's true value, ties away from zero, as ECMA-262 specifies;
 * never locale-dependent. Inputs are finite and non-negative (d3-format formats |x|).
 */
final class JsNumbers {
    private JsNumbers() {}

    /** Shortest decimal digits that round-trip, and the exponent of the first digit. */
    record Decimal(String digits, int exponent) {}

    static Decimal shortest(double x) {
        if (x == 0) return new Decimal("0", 0);
        BigDecimal exact = new BigDecimal(x);
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == x) return decimal(r);
        }
        return decimal(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    /** x rounded to {@code p} significant digits (ties away from zero). */
    static Decimal rounded(double x, int p) {
        if (x == 0) return new Decimal("0".repeat(p), 0);
        BigDecimal r = new BigDecimal(x).round(new MathContext(p, RoundingMode.HALF_UP));
        Decimal d = decimal(r);
        String digits = d.digits.length() < p ? d.digits + "0".repeat(p - d.digits.length()) : d.digits;
        return new Decimal(digits, d.exponent);
    }

    private static Decimal decimal(BigDecimal r) {
        BigDecimal s = r.stripTrailingZeros();
        String digits = s.unscaledValue().abs().toString();
        return new Decimal(digits, digits.length() - 1 - s.scale());
    }

    /** JavaScript's Math.round: half-way cases go up. */
    static double round(double x) {
        if (!Double.isFinite(x) || Math.abs(x) >= 0x1p52) return x;
        return (double) Math.round(x);
    }

    static String toFixed(double x, int p) {
        if (x >= 1e21) return toStringJs(x);
        return new BigDecimal(x).setScale(p, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code x.toExponential(p)}, or with the shortest digits when p &lt; 0. */
    static String toExponential(double x, int p) {
        Decimal d = p < 0 ? shortest(x) : rounded(x, p + 1);
        String m = d.digits.length() > 1 ? d.digits.charAt(0) + "." + d.digits.substring(1) : d.digits;
        return m + "e" + (d.exponent < 0 ? "-" : "+") + Math.abs(d.exponent);
    }

    static String toPrecision(double x, int p) {
        Decimal d = rounded(x, p);
        int e = d.exponent;
        if (x != 0 && (e < -6 || e >= p)) {
            String m = p > 1 ? d.digits.charAt(0) + "." + d.digits.substring(1) : d.digits;
            return m + "e" + (e < 0 ? "-" : "+") + Math.abs(e);
        }
        if (x == 0) e = 0;
        return place(d.digits, e);
    }

    /** {@code String(x)}: shortest digits, plain between 1e-7 and 1e21, exponential outside. */
    static String toStringJs(double x) {
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return "Infinity";
        Decimal d = shortest(x);
        int e = d.exponent;
        if (e >= 21 || e < -6) {
            String m = d.digits.length() > 1 ? d.digits.charAt(0) + "." + d.digits.substring(1) : d.digits;
            return m + "e" + (e < 0 ? "-" : "+") + Math.abs(e);
        }
        return place(d.digits, e);
    }

    /** Digits d1d2d3… with the first digit at 10^e, written without an exponent. */
    static String place(String digits, int e) {
        if (e < 0) return "0." + "0".repeat(-e - 1) + digits;
        if (digits.length() <= e + 1) return digits + "0".repeat(e + 1 - digits.length());
        return digits.substring(0, e + 1) + "." + digits.substring(e + 1);
    }
}
