package dev.hmspec.render.svg;

import java.math.BigDecimal;

/**
 * Compact, locale-independent numbers for SVG attributes: at most 3 decimals, no trailing
 * zeros, no exponent, never "-0". Non-finite values (a compiler bug) are written as 0 so the
 * document stays valid.
 */
public final class Num {
    private Num() {}

    public static String format(double v) {
        if (!Double.isFinite(v)) return "0";
        double r = Math.round(v * 1000) / 1000.0;
        if (Math.abs(v) >= 1e12) r = Math.rint(v); // beyond long-safe rounding; decimals are noise anyway
        if (r == 0) return "0";
        if (r == Math.rint(r) && Math.abs(r) < 1e15) return Long.toString((long) r);
        return BigDecimal.valueOf(r).stripTrailingZeros().toPlainString();
    }
}
