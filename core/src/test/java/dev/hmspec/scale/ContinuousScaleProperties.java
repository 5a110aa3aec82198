package dev.hmspec.scale;

import static dev.hmspec.props.Props.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.hmspec.props.Domains;
import dev.hmspec.props.Props;
import dev.hmspec.props.Stats;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The laws for the continuous family (linear, pow, sqrt, log, symlog, diverging), each a
 * named property over domains with tiny, huge, negative, zero-crossing, reversed and degenerate
 * cases, whose counts are asserted and reported.
 */
class ContinuousScaleProperties {
    private static final int N = 2000;

    /** A scale of each non-log type over [d0, d1] → [0, 1], chosen by {@code kind}. */
    static ContinuousScale scale(int kind, double d0, double d1, Stats s) {
        switch (kind) {
            case 0: s.hit("type linear"); return LinearScale.of(d0, d1, 0, 1);
            case 1: s.hit("type sqrt"); return PowScale.sqrt(d0, d1, 0, 1);
            case 2: s.hit("type pow"); return PowScale.of(3, d0, d1, 0, 1);
            default: s.hit("type symlog"); return SymlogScale.of(kind == 3 ? 1 : 1e-3, d0, d1, 0, 1);
        }
    }

    private static boolean close(double a, double b, double magnitude) { return Math.abs(a - b) <= 1e-9 * magnitude; }

    @Test @DisplayName("linear, pow, sqrt, symlog and log map domain ends to range ends and are monotone")
    void endsAndMonotone() {
        Stats s = new Stats();
        qt().withExamples(N).forAll(Domains.anyDomain(), integers().between(0, 4), doubles().between(0, 1), doubles().between(0, 1))
                .check((dom, kind, a, b) -> {
                    double[] d = dom.ends();
                    s.tried();
                    Domains.classify(d, s);
                    ContinuousScale sc = scale(kind, d[0], d[1], s);
                    if (d[0] == d[1]) return sc.apply(d[0]) == 0.5; // degenerate: the middle of the range
                    double x1 = d[0] + (d[1] - d[0]) * Math.min(a, b), x2 = d[0] + (d[1] - d[0]) * Math.max(a, b);
                    return Math.abs(sc.apply(d[0])) <= 1e-12 && Math.abs(sc.apply(d[1]) - 1) <= 1e-12
                            && sc.apply(x1) <= sc.apply(x2) + 1e-12;
                });
        qt().withExamples(N).forAll(Domains.signedDomain(), doubles().between(0, 1), doubles().between(0, 1))
                .check((dom, a, b) -> {
                    double[] d = dom.ends();
                    s.tried();
                    s.hit("type log");
                    Domains.classify(d, s);
                    LogScale sc = LogScale.of(d[0], d[1], 0, 1);
                    if (d[0] == d[1]) return sc.apply(d[0]) == 0.5;
                    double x1 = geo(d[0], d[1], Math.min(a, b)), x2 = geo(d[0], d[1], Math.max(a, b));
                    return Math.abs(sc.apply(d[0])) <= 1e-12 && Math.abs(sc.apply(d[1]) - 1) <= 1e-12
                            && sc.apply(x1) <= sc.apply(x2) + 1e-12;
                });
        qt().withExamples(N).forAll(Domains.anyDomain(), doubles().between(0, 1), integers().between(0, 4), doubles().between(0, 1))
                .check((dom, m, kind, a) -> {
                    double[] d = dom.ends();
                    s.tried();
                    Domains.classify(d, s);
                    double mid = d[0] + (d[1] - d[0]) * m;
                    DivergingScale sc = Scales.diverging(List.of("linear", "sqrt", "pow", "symlog", "linear").get(kind), Double.NaN,
                            d[0], mid, d[1]).orElseThrow();
                    s.hit("type diverging");
                    if (d[0] == d[1]) return sc.apply(d[0]) == 0.5;
                    double x1 = d[0] + (d[1] - d[0]) * Math.min(a, m), x2 = d[0] + (d[1] - d[0]) * Math.max(a, m);
                    boolean ends = mid == d[0] || mid == d[1] || Math.abs(sc.apply(d[0])) <= 1e-12 && Math.abs(sc.apply(d[1]) - 1) <= 1e-12;
                    return ends && sc.apply(x1) <= sc.apply(x2) + 1e-12;
                });
        s.assertHit(50, "degenerate", "reversed", "negative", "zero-crossing", "tiny", "huge");
        s.assertHit(50, "type linear", "type sqrt", "type pow", "type symlog", "type log", "type diverging");
        Props.report("continuous: ends map to ends, monotone", s);
    }

    @Test @DisplayName("a degenerate domain (one value, all NaN) gives a defined output, never an exception")
    void degenerate() {
        for (int kind = 0; kind < 4; kind++) {
            ContinuousScale one = scale(kind, 5, 5, new Stats());
            assertEquals(0.5, one.apply(5));
            assertEquals(0.5, one.apply(1e9), "one value: everything maps to the middle");
            assertEquals(1, one.ticks(5).length);
            ContinuousScale nan = scale(kind, Double.NaN, Double.NaN, new Stats());
            assertTrue(Double.isNaN(nan.apply(1)) && Double.isNaN(nan.invert(0.5)));
            assertEquals(0, nan.ticks(5).length);
            nan.nice(5);
            nan.tickFormat(5, null).format(1);
        }
        assertEquals(0.5, LogScale.of(3, 3, 0, 1).apply(3));
        assertEquals(0.5, DivergingScale.linear(2, 2, 2).apply(2));
        assertEquals(2, QuantileScale.of(new double[] {Double.NaN, Double.NaN}, 3).apply(7));
        assertEquals(0, ThresholdScale.of().apply(7));
        assertTrue(TimeScale.utc(5, 5, 0, 1).ticks(5).length <= 1);
        assertEquals(0.5, TimeScale.utc(5, 5, 0, 1).apply(5));
    }

    /** A point a of the way from d0 to d1 in log space (same sign as the domain). */
    static double geo(double d0, double d1, double a) {
        double sign = Math.signum(d0);
        return sign * Math.exp(Math.log(Math.abs(d0)) * (1 - a) + Math.log(Math.abs(d1)) * a);
    }

    @Test @DisplayName("invert(apply(x)) ≈ x within 1e-9 of the domain's magnitude for linear, pow, sqrt, symlog, log")
    void roundTrip() {
        Stats s = new Stats();
        qt().withExamples(N).forAll(Domains.anyDomain(), integers().between(0, 4), doubles().between(0, 1))
                .check((dom, kind, a) -> {
                    double[] d = dom.ends();
                    s.tried();
                    Domains.classify(d, s);
                    if (d[0] == d[1]) return true; // not invertible: checked by the degenerate law
                    ContinuousScale sc = scale(kind, d[0], d[1], s);
                    double x = d[0] + (d[1] - d[0]) * a;
                    return close(sc.invert(sc.apply(x)), x, Math.max(Math.abs(d[0]), Math.abs(d[1])));
                });
        qt().withExamples(N).forAll(Domains.signedDomain(), doubles().between(0, 1)).check((dom, a) -> {
                    double[] d = dom.ends();
            s.tried();
            s.hit("type log");
            Domains.classify(d, s);
            if (d[0] == d[1]) return true;
            LogScale sc = LogScale.of(d[0], d[1], 0, 1);
            double x = geo(d[0], d[1], a);
            return Math.abs(sc.invert(sc.apply(x)) - x) <= 1e-9 * Math.abs(x);
        });
        s.assertHit(50, "reversed", "negative", "zero-crossing", "tiny", "huge", "type log", "type symlog");
        Props.report("continuous: invert(apply(x)) ≈ x", s);
    }

    @Test @DisplayName("withClamp(true) keeps every output inside the range, and NaN maps to NaN (the unknown value)")
    void clamp() {
        Stats s = new Stats();
        qt().withExamples(N).forAll(Domains.anyDomain(), integers().between(0, 3),
                        doubles().any().mix(doubles().between(-1e4, 1e4), 50)
                                .mix(Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)), 10)).check((dom, kind, x) -> {
                    double[] d = dom.ends();
                    s.tried();
                    Domains.classify(d, s);
                    s.hitIf(Double.isNaN(x), "input NaN");
                    s.hitIf(Double.isInfinite(x), "input ±∞");
                    s.hitIf(x < Math.min(d[0], d[1]) || x > Math.max(d[0], d[1]), "input outside the domain");
                    double y = scale(kind, d[0], d[1], s).withClamp(true).apply(x);
                    return Double.isNaN(x) ? Double.isNaN(y) : y >= 0 && y <= 1;
                });
        s.assertHit(10, "degenerate", "reversed", "huge", "tiny", "input outside the domain", "input ±∞");
        Props.report("continuous: clamp keeps outputs in the range; NaN → unknown", s);
    }

    @Test @DisplayName("nice(n) contains the domain, its ends are multiples of the tick step, and ticks lie inside, increase, are evenly spaced")
    void niceAndTicks() {
        Stats s = new Stats();
        qt().withExamples(N).forAll(Domains.anyDomain(), integers().between(2, 20)).check((dom, n) -> {
                    double[] d = dom.ends();
            s.tried();
            Domains.classify(d, s);
            if (d[0] == d[1] || Math.max(Math.abs(d[0]), Math.abs(d[1])) > 1e300) return true;
            double lo = Math.min(d[0], d[1]), hi = Math.max(d[0], d[1]);
            double[] nd = LinearScale.of(d[0], d[1], 0, 1).nice(n).domain();
            double nlo = Math.min(nd[0], nd[1]), nhi = Math.max(nd[0], nd[1]);
            double step = Ticks.tickStep(nlo, nhi, n);
            if (!(nlo <= lo && nhi >= hi && multiple(nlo, step) && multiple(nhi, step))) return false;
            if ((nd[1] < nd[0]) != (d[1] < d[0])) return false; // a reversed domain stays reversed
            double[] t = LinearScale.of(d[0], d[1], 0, 1).ticks(n);
            s.hitIf(t.length < n, "fewer ticks than asked");
            // ⌊n/2⌋…2n+1: d3's step is at most ≈1.58× span/n (a documented d3 property, see ScaleProperties)
            if (t.length < n / 2 || t.length > 2 * n + 1) return false;
            double tstep = Ticks.tickStep(d[0], d[1], n);
            for (int i = 0; i < t.length; i++) {
                if (t[i] < lo || t[i] > hi) return false;
                if (i > 0 && !(d[1] < d[0] ? t[i] < t[i - 1] : t[i] > t[i - 1])) return false;
                if (i > 0 && Math.abs(Math.abs(t[i] - t[i - 1]) - Math.abs(tstep)) > 1e-9 * Math.abs(tstep) + 4 * Math.ulp(t[i])) return false;
            }
            return true;
        });
        s.assertHit(50, "reversed", "negative", "zero-crossing", "tiny", "huge");
        Props.report("nice and ticks: contain, multiples of step, inside, ordered, even, ⌊n/2⌋…2n+1", s);
    }

    private static boolean multiple(double v, double step) {
        double k = v / step;
        return Math.abs(k - Math.rint(k)) <= 1e-6 + 4 * Math.ulp(k); // k near 1e12 carries ulp-sized noise
    }

    @Test @DisplayName("symlog.ticks(n) and log.ticks(n) lie inside the domain and strictly increase in the domain's direction")
    void symlogAndLogTicks() {
        Stats s = new Stats();
        qt().withExamples(N).forAll(Domains.anyDomain(), integers().between(2, 12)).check((dom, n) -> {
                    double[] d = dom.ends();
            s.tried();
            Domains.classify(d, s);
            double[] t = SymlogScale.of(d[0], d[1], 0, 1).ticks(n);
            s.hitIf(SymlogTicks.spansDecades(d[0], d[1], 1), "spans decades");
            return insideAndOrdered(t, d);
        });
        qt().withExamples(N).forAll(Domains.signedDomain(), integers().between(2, 12)).check((dom, n) -> {
                    double[] d = dom.ends();
            s.tried();
            s.hit("log domain");
            return insideAndOrdered(LogScale.of(d[0], d[1], 0, 1).ticks(n), d);
        });
        s.assertHit(50, "spans decades", "reversed", "zero-crossing", "degenerate", "log domain");
        Props.report("symlog and log ticks: inside, ordered", s);
    }

    static boolean insideAndOrdered(double[] t, double[] d) {
        double lo = Math.min(d[0], d[1]), hi = Math.max(d[0], d[1]);
        for (int i = 0; i < t.length; i++) {
            if (t[i] < lo * (1 + Math.copySign(1e-12, -lo)) || t[i] > hi * (1 + Math.copySign(1e-12, hi))) return false;
            if (i > 0 && !(d[1] < d[0] ? t[i] < t[i - 1] : t[i] > t[i - 1])) return false;
        }
        return true;
    }

    @Test @DisplayName("diverging maps its midpoint to the middle of the range and is symmetric for symmetric domains")
    void divergingMidpointAndSymmetry() {
        Stats s = new Stats();
        qt().withExamples(N).forAll(doubles().between(-1e6, 1e6).mix(doubles().between(-1e-6, 1e-6), 20),
                        doubles().between(1e-9, 1e6).mix(doubles().between(1e-12, 1e-8), 20), integers().between(0, 4),
                        doubles().between(0, 1)).check((mid, half, kind, a) -> {
                    s.tried();
                    s.hitIf(Math.abs(mid) < 1e-6, "mid near 0");
                    s.hitIf(half < 1e-8, "tiny half-width");
                    DivergingScale sc;
                    double x, mirror;
                    if (kind == 4) { // log flavour: symmetric in log space around a positive midpoint
                        s.hit("flavour log");
                        double m = Math.abs(mid) + 1, k = 1 + half + 1e-3; // log spans below 1e-3 lose digits to cancellation
                        sc = DivergingScale.log(m / k, m, m * k);
                        x = m * Math.pow(k, a);
                        mirror = m / Math.pow(k, a);
                        if (sc.apply(m) != 0.5) return false;
                    } else {
                        List<String> names = List.of("flavour linear", "flavour sqrt", "flavour pow", "flavour symlog");
                        s.hit(names.get(kind));
                        sc = kind == 0 ? DivergingScale.linear(-half, 0, half) : kind == 1 ? DivergingScale.sqrt(-half, 0, half)
                                : kind == 2 ? DivergingScale.pow(2, -half, 0, half) : DivergingScale.symlog(1, -half, 0, half);
                        x = half * a;
                        mirror = -x;
                        DivergingScale shifted = Scales.diverging(kind == 3 ? "symlog" : "linear", Double.NaN, mid - half, mid, mid + 2 * half).orElseThrow();
                        if (shifted.apply(mid) != 0.5) return false; // any midpoint, asymmetric halves
                        if (sc.apply(0) != 0.5) return false;
                    }
                    return Math.abs(sc.apply(x) + sc.apply(mirror) - 1) <= 1e-9;
                });
        s.assertHit(50, "flavour linear", "flavour sqrt", "flavour pow", "flavour symlog", "flavour log", "mid near 0", "tiny half-width");
        Props.report("diverging: midpoint → middle, symmetric", s);
    }
}
