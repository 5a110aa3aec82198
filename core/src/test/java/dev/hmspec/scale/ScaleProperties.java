package dev.hmspec.scale;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The continuous-scale laws of STYLE.md, checked with QuickTheories. */
class ScaleProperties {
    /** QuickTheories with surefire's fixed seed (-DQT_SEED=2026) when present. */
    static QuickTheory qt() {
        String seed = System.getProperty("QT_SEED");
        return seed == null ? QuickTheory.qt() : QuickTheory.qt().withFixedSeed(Long.parseLong(seed));
    }

    /** Domain ends: ordinary values mixed with zero-crossing, huge, tiny and descending cases. */
    private static Gen<Double> ends() {
        return doubles().between(-1e3, 1e3)
                .mix(doubles().between(-1e12, 1e12), 20)
                .mix(doubles().between(-1e-6, 1e-6), 10)
                .mix(Generate.pick(java.util.List.of(0.0, 1.0, -1.0, 100.0)), 10);
    }

    private static Gen<Double> positive() {
        return doubles().between(1e-6, 1e9).mix(doubles().between(1e-300, 1e-290), 5);
    }

    private static boolean close(double a, double b, double rel) {
        return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + 1e-300;
    }

    private static boolean closeTo(double value, double expected, double scale) {
        return Math.abs(value - expected) <= 1e-9 * Math.max(Math.abs(scale), Math.abs(expected));
    }

    @Test @DisplayName("linear(d0) = r0, linear(d1) = r1, and a degenerate domain maps to the range middle")
    void linearEndpoints() {
        AtomicInteger descending = new AtomicInteger(), degenerate = new AtomicInteger();
        qt().withExamples(1000).forAll(ends(), ends(), doubles().between(-1e3, 1e3), doubles().between(-1e3, 1e3))
                .check((d0, d1, r0, r1) -> {
                    LinearScale s = LinearScale.of(d0, d1, r0, r1);
                    if (d1 < d0) descending.incrementAndGet();
                    if (d0.equals(d1)) {
                        degenerate.incrementAndGet();
                        return closeTo(s.apply(d0), (r0 + r1) / 2, Math.abs(r0) + Math.abs(r1));
                    }
                    return s.apply(d0) == r0 && s.apply(d1) == r1;
                });
        assertTrue(descending.get() > 100, "descending domains generated: " + descending);
        assertTrue(degenerate.get() > 0, "degenerate domains generated: " + degenerate);
    }

    @Test @DisplayName("linear.invert(linear(x)) ≈ x and linear is monotone in the direction of domain and range")
    void linearRoundTripAndMonotone() {
        qt().withExamples(1000).forAll(ends(), ends(), doubles().between(0, 1), doubles().between(0, 1)).assuming((d0, d1, a, b) -> !d0.equals(d1))
                .check((d0, d1, a, b) -> {
                    LinearScale s = LinearScale.of(d0, d1, 0, 100);
                    double x1 = d0 + (d1 - d0) * Math.min(a, b), x2 = d0 + (d1 - d0) * Math.max(a, b);
                    boolean roundTrip = Math.abs(s.invert(s.apply(x1)) - x1) <= 1e-9 * Math.max(Math.abs(d0), Math.abs(d1));
                    return roundTrip && s.apply(x1) <= s.apply(x2) + 1e-9;
                });
    }

    @Test @DisplayName("pow and sqrt: endpoints, monotone, invert∘apply ≈ identity")
    void pow() {
        qt().withExamples(1000).forAll(ends(), ends(), doubles().between(0.1, 4), doubles().between(0, 1))
                .assuming((d0, d1, k, a) -> !d0.equals(d1))
                .check((d0, d1, k, a) -> {
                    PowScale s = PowScale.of(k, d0, d1, 0, 1);
                    double x = d0 + (d1 - d0) * a, y = s.apply(x);
                    double scale = Math.max(Math.abs(d0), Math.abs(d1));
                    return Math.abs(s.apply(d0)) <= 1e-12 && Math.abs(s.apply(d1) - 1) <= 1e-12
                            && y >= -1e-12 && y <= 1 + 1e-12
                            && Math.abs(s.invert(y) - x) <= 1e-7 * scale; // pow amplifies rounding: 1e-7 relative
                });
    }

    @Test @DisplayName("log: invert∘apply ≈ identity (rel err ≤ 1e-9) for positive and negative domains")
    void log() {
        qt().withExamples(1000).forAll(positive(), positive(), doubles().between(0, 1), integers().between(0, 1))
                .assuming((d0, d1, a, neg) -> !d0.equals(d1))
                .check((d0, d1, a, neg) -> {
                    double sign = neg == 1 ? -1 : 1;
                    LogScale s = LogScale.of(sign * d0, sign * d1, 0, 1);
                    double x = sign * Math.exp(Math.log(d0) + (Math.log(d1) - Math.log(d0)) * a);
                    return close(s.invert(s.apply(x)), x, 1e-9)
                            && Math.abs(s.apply(sign * d0)) <= 1e-12 && Math.abs(s.apply(sign * d1) - 1) <= 1e-12;
                });
    }

    @Test @DisplayName("withClamp(true) keeps output inside the range for any input")
    void clamp() {
        qt().withExamples(500).forAll(ends(), ends(), doubles().between(-1e15, 1e15)).check((d0, d1, x) -> {
            double y = LinearScale.of(d0, d1, 10, 20).withClamp(true).apply(x);
            return y >= 10 && y <= 20;
        });
    }

    @Test @DisplayName("nice(count) contains the domain and its ends are multiples of the tick step")
    void nice() {
        qt().withExamples(1000).forAll(ends(), ends(), integers().between(2, 20)).assuming((a, b, n) -> !a.equals(b))
                .check((a, b, n) -> {
                    double lo = Math.min(a, b), hi = Math.max(a, b);
                    double[] d = LinearScale.create().withDomain(lo, hi).nice(n).domain();
                    double step = Ticks.tickStep(d[0], d[1], n);
                    return d[0] <= lo && d[1] >= hi && multiple(d[0], step) && multiple(d[1], step);
                });
    }

    private static boolean multiple(double v, double step) {
        double k = v / step;
        return Math.abs(k - Math.rint(k)) <= 1e-6;
    }

    /**
     * The count bound is ⌊n/2⌋…2n+1: d3 picks a step of at most ≈1.58× span/n, so a span can
     * hold as few as ⌊n/1.58⌋ intervals (e.g. 1 tick for n = 3 on a 0.0095-wide domain).
     */
    @Test @DisplayName("ticks(count) are inside the domain, strictly increasing, evenly spaced, ⌊n/2⌋…2n+1 of them")
    void ticks() {
        qt().withExamples(1000).forAll(doubles().between(-1e6, 1e6), doubles().between(1e-3, 1e6), integers().between(2, 20))
                .check((start, width, n) -> {
                    double stop = start + width;
                    double[] t = Ticks.ticks(start, stop, n);
                    if (t.length < n / 2 || t.length > 2 * n + 1) return false;
                    double step = Ticks.tickStep(start, stop, n);
                    for (int i = 0; i < t.length; i++) {
                        if (t[i] < start || t[i] > stop) return false;
                        if (i > 0 && !(t[i] > t[i - 1])) return false;
                        if (i > 0 && Math.abs(t[i] - t[i - 1] - step) > 1e-9 * Math.max(1, Math.abs(t[i]))) return false;
                    }
                    return true;
                });
    }

    @Test @DisplayName("diverging(midpoint) = 0.5, ends map to 0 and 1, and invert undoes apply")
    void diverging() {
        qt().withExamples(1000).forAll(doubles().between(-1e6, 0), doubles().between(0.001, 1e6), doubles().between(0.001, 1e6), doubles().between(0, 1))
                .check((lo, gapLow, gapHigh, a) -> {
                    double mid = lo + gapLow, hi = mid + gapHigh;
                    DivergingScale s = DivergingScale.linear(lo, mid, hi);
                    double x = lo + (hi - lo) * a;
                    return s.apply(mid) == 0.5 && Math.abs(s.apply(lo)) <= 1e-12 && Math.abs(s.apply(hi) - 1) <= 1e-12
                            && Math.abs(s.invert(s.apply(x)) - x) <= 1e-9 * Math.max(Math.abs(lo), Math.abs(hi));
                });
    }
}
