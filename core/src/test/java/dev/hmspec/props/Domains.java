package dev.hmspec.props;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.quicktheories.core.Gen;

/**
 * Domain generators that hit the edge cases by construction: tiny (|d| ≤ 1e-6), huge (|d| up to
 * 1e200), negative, zero-crossing, reversed (d1 < d0) and degenerate (d0 = d1) domains, mixed
 * with ordinary ones. {@link #classify} names the cases a domain belongs to, for the counters.
 */
public final class Domains {
    private Domains() {}

    /** Two ends [d0, d1]; any order, possibly equal. */
    public static Gen<Domain> anyDomain() {
        return integers().between(0, 99).zip(doubles().between(0, 1), doubles().between(0, 1), integers().between(0, 3),
                (k, u, v, flip) -> {
                    double a, b;
                    if (k < 15) { a = -1e3 + 2e3 * u; b = -1e3 + 2e3 * v; }        // ordinary
                    else if (k < 27) { a = 1e-9 + 1e-6 * u; b = 1e-9 + 1e-6 * v; }  // tiny
                    else if (k < 39) { a = 1e200 * u; b = -1e200 * v; }             // huge, crossing
                    else if (k < 54) { a = -1e4 * u - 1e-3; b = -1e4 * v - 1e-3; }   // negative
                    else if (k < 72) { a = -1e3 * u - 1e-3; b = 1e3 * v + 1e-3; }    // zero-crossing
                    else if (k < 85) { a = 1e3 * u; a = Math.round(a); b = a; }       // degenerate
                    else { a = 1 + 1e6 * u; b = a + 1e-3 * v; }                      // narrow relative to magnitude
                    if (flip % 2 == 1) { double t = a; a = b; b = t; }
                    return new Domain(a, b);
                });
    }

    /** Two ends of one sign (log domains): positive or negative, tiny to huge, any order, possibly equal. */
    public static Gen<Domain> signedDomain() {
        return integers().between(0, 99).zip(doubles().between(-300, 300), doubles().between(-300, 300), integers().between(0, 3),
                (k, e0, e1, flip) -> {
                    double a = Math.pow(10, k < 40 ? e0 / 100 : e0), b = Math.pow(10, k < 40 ? e1 / 100 : e1);
                    if (k >= 90) b = a; // degenerate
                    if (flip >= 2) { a = -a; b = -b; } // all negative
                    if (flip % 2 == 1) { double t = a; a = b; b = t; }
                    return new Domain(a, b);
                });
    }

    /** A domain's two ends, printed readably in QuickTheories' counterexamples. */
    public record Domain(double d0, double d1) {
        public double[] ends() { return new double[] {d0, d1}; }
        @Override public String toString() { return "[" + d0 + ", " + d1 + "]"; }
    }

    public static void classify(Domain d, Stats stats) { classify(d.ends(), stats); }

    /** Counts the cases a domain belongs to. */
    public static void classify(double[] d, Stats stats) {
        double lo = Math.min(d[0], d[d.length - 1]), hi = Math.max(d[0], d[d.length - 1]);
        double m = Math.max(Math.abs(lo), Math.abs(hi));
        stats.hitIf(lo == hi, "degenerate");
        stats.hitIf(d[d.length - 1] < d[0], "reversed");
        stats.hitIf(hi < 0, "negative");
        stats.hitIf(lo < 0 && hi > 0, "zero-crossing");
        stats.hitIf(m <= 1e-6 && m > 0, "tiny");
        stats.hitIf(m >= 1e100, "huge");
    }
}
