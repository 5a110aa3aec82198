package dev.hmspec.diag;

import java.math.BigDecimal;

/** Numbers as a person wrote them in messages: 1 not 1.0, no exponent for ordinary sizes. */
public final class Numbers {
    private Numbers() {}

    public static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return String.valueOf(v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        // Huge and tiny numbers keep their exponent: 1e300, not three hundred digits.
        if (Math.abs(v) >= 1e15 || Math.abs(v) < 1e-6) return Double.toString(v).replace(".0E", "E").replace('E', 'e');
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
