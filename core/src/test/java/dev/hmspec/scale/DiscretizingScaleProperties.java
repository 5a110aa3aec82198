package dev.hmspec.scale;

import static dev.hmspec.props.Props.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.hmspec.props.Domains;
import dev.hmspec.props.Props;
import dev.hmspec.props.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Partition laws of quantize, quantile and threshold; band laws; d3 example tables as oracles. */
class DiscretizingScaleProperties {
    private static final int N = 2000;

    /** Every value in exactly one bin, bins ordered, invertExtent(apply(x)) ∋ x, extents contiguous. */
    static boolean partitions(DiscretizingScale s, double x1, double x2, double lo, double hi) {
        int b1 = s.apply(x1), b2 = s.apply(x2);
        if (b1 < 0 || b1 >= s.bins() || b2 < 0 || b2 >= s.bins()) return false;
        if (x1 <= x2 && b1 > b2) return false;
        double[] e = s.invertExtent(b1);
        if (!(e[0] <= x1 && x1 <= e[1])) return false;
        for (int i = 0; i + 1 < s.bins(); i++) if (s.invertExtent(i)[1] != s.invertExtent(i + 1)[0]) return false;
        return s.invertExtent(0)[0] <= lo && s.invertExtent(s.bins() - 1)[1] >= hi && s.apply(Double.NaN) == -1;
    }

    @Test @DisplayName("quantize partitions its domain: one bin per value, ordered bins, invertExtent(apply(x)) contains x")
    void quantize() {
        Stats s = new Stats();
        qt().withExamples(N).forAll(Domains.anyDomain(), integers().between(1, 12), doubles().between(0, 1), doubles().between(0, 1))
                .check((dom, n, a, b) -> {
                    s.tried();
                    Domains.classify(dom, s);
                    s.hitIf(n == 1, "one bin");
                    double lo = Math.min(dom.d0(), dom.d1()), hi = Math.max(dom.d0(), dom.d1());
                    QuantizeScale q = QuantizeScale.of(dom.d0(), dom.d1(), n);
                    double x1 = lo + (hi - lo) * Math.min(a, b), x2 = lo + (hi - lo) * Math.max(a, b);
                    return q.bins() == n && partitions(q, x1, x2, lo, hi);
                });
        s.assertHit(20, "degenerate", "reversed", "negative", "zero-crossing", "tiny", "huge", "one bin");
        Props.report("quantize: partition, ordered, invertExtent ∋ x", s);
    }

    @Test @DisplayName("quantile partitions the data; for distinct values bin sizes differ by at most one")
    void quantile() {
        Stats s = new Stats();
        qt().withExamples(N).forAll(lists().of(doubles().between(-1e6, 1e6).mix(doubles().between(-1e-6, 1e-6), 20)).ofSizeBetween(0, 60),
                        integers().between(1, 10)).check((values, n) -> {
                    s.tried();
                    s.hitIf(values.isEmpty(), "empty data");
                    s.hitIf(values.size() == 1, "one value");
                    s.hitIf(values.size() > 0 && values.size() < n, "fewer values than bins");
                    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
                    QuantileScale q = QuantileScale.of(v, n);
                    if (q.bins() != n) return false;
                    if (v.length == 0) return q.apply(1) >= 0 && q.apply(Double.NaN) == -1;
                    double lo = Arrays.stream(v).min().orElseThrow(), hi = Arrays.stream(v).max().orElseThrow();
                    int[] sizes = new int[n];
                    for (double x : v) {
                        if (!partitions(q, x, hi, lo, hi)) return false;
                        sizes[q.apply(x)]++;
                    }
                    boolean distinct = Arrays.stream(v).distinct().count() == v.length;
                    if (distinct && v.length >= n) {
                        s.hit("distinct values ≥ bins");
                        int min = Arrays.stream(sizes).min().orElseThrow(), max = Arrays.stream(sizes).max().orElseThrow();
                        return max - min <= 1;
                    }
                    return true;
                });
        s.assertHit(20, "empty data", "one value", "fewer values than bins", "distinct values ≥ bins");
        Props.report("quantile: partition, bin sizes differ ≤ 1", s);
    }

    @Test @DisplayName("threshold partitions the number line at its cut points: x < b0 is bin 0, x ≥ b(n−1) the last")
    void threshold() {
        Stats s = new Stats();
        qt().withExamples(N).forAll(lists().of(doubles().between(-1e6, 1e6).mix(Generate.pick(List.of(0.0, 1.0, -1.0)), 30)).ofSizeBetween(0, 8),
                        doubles().between(-2e6, 2e6).mix(Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY,
                                Double.NEGATIVE_INFINITY, 0.0, 1.0)), 25), doubles().between(-2e6, 2e6)).check((raw, x1, x2) -> {
                    s.tried();
                    double[] breaks = raw.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
                    s.hitIf(breaks.length == 0, "no cut points");
                    s.hitIf(Double.isInfinite(x1), "value ±∞");
                    s.hitIf(Arrays.stream(breaks).anyMatch(b -> b == x1), "value on a cut");
                    ThresholdScale t = ThresholdScale.of(breaks);
                    if (Double.isNaN(x1)) return t.apply(x1) == -1;
                    boolean below = breaks.length > 0 && x1 < breaks[0];
                    s.hitIf(below, "value below all cuts");
                    return partitions(t, Math.min(x1, x2), Math.max(x1, x2), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)
                            && (!below || t.apply(x1) == 0);
                });
        s.assertHit(10, "no cut points", "value below all cuts", "value ±∞", "value on a cut");
        Props.report("threshold: partition at cut points", s);
    }

    @Test @DisplayName("band: bands never overlap, stay inside the range, share one width, and step·(n − pi + 2·po) = |range|")
    void band() {
        Stats s = new Stats();
        qt().withExamples(N).forAll(integers().between(0, 40), Domains.anyDomain(),
                        doubles().between(0, 1).zip(doubles().between(0, 1), (a, b) -> List.of(a, b)), doubles().between(0, 1))
                .check((n, range, paddings, align) -> {
                    double pi = paddings.get(0), po = paddings.get(1);
                    s.tried();
                    s.hitIf(n == 0, "no categories");
                    s.hitIf(n == 1, "one category");
                    s.hitIf(range.d1() < range.d0(), "reversed range");
                    s.hitIf(range.d0() == range.d1(), "empty range");
                    List<String> keys = new ArrayList<>();
                    for (int i = 0; i < n; i++) keys.add("k" + i);
                    BandScale b = new BandScale(keys, range.d0(), range.d1()).withPaddingInner(pi).withPaddingOuter(po).withAlign(align);
                    double lo = Math.min(range.d0(), range.d1()), hi = Math.max(range.d0(), range.d1()), len = hi - lo;
                    double slack = 1e-9 * Math.max(1, Math.max(Math.abs(lo), Math.abs(hi)));
                    if (n - pi + 2 * po >= 1 && Math.abs(b.step() * (n - pi + 2 * po) - len) > slack) return false;
                    if (!(b.bandwidth() <= b.step() + slack)) return false;
                    double[] starts = new double[n];
                    for (int i = 0; i < n; i++) {
                        starts[i] = b.start(i);
                        if (starts[i] < lo - slack || starts[i] + b.bandwidth() > hi + slack) return false;
                        if (b.indexAt(starts[i] + b.bandwidth() / 2) != i && b.bandwidth() > slack) return false; // centre maps back
                    }
                    Arrays.sort(starts);
                    for (int i = 1; i < n; i++) if (starts[i] < starts[i - 1] + b.bandwidth() - slack) return false; // no overlap
                    return true;
                });
        s.assertHit(20, "no categories", "one category", "reversed range", "empty range");
        Props.report("band: no overlap, inside, one width, step law", s);
    }

    @Test @DisplayName("point(x) places n points n − 1 + 2·padding steps apart, like d3's scalePoint")
    void point() {
        PointScale p = PointScale.of(List.of("a", "b", "c"), 0, 100);
        assertEquals(0, p.apply("a"));
        assertEquals(50, p.apply("b"));
        assertEquals(100, p.apply("c"));
        PointScale padded = p.withPadding(1);
        assertEquals(25, padded.apply("a"));
        assertEquals(75, padded.apply("c"));
        assertEquals(Double.NaN, p.apply("z"));
    }

    @Test @DisplayName("d3 oracles: quantize thresholds, quantile quantiles, threshold bins")
    void oracles() {
        // d3-scale test/quantize-test.js: domain [0, 1], range of 3 → thresholds [1/3, 2/3]
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3}, QuantizeScale.of(0, 1, 3).thresholds(), 1e-15);
        // d3-scale test/quantile-test.js: quantiles of [3, 6, 7, 8, 8, 10, 13, 15, 16, 20] into 4
        assertArrayEquals(new double[] {7.25, 9, 14.5},
                QuantileScale.of(new double[] {3, 6, 7, 8, 8, 10, 13, 15, 16, 20}, 4).thresholds(), 1e-12);
        QuantileScale q = QuantileScale.of(new double[] {3, 6, 7, 8, 8, 10, 13, 15, 16, 20}, 4);
        assertEquals(List.of(0, 0, 0, 1, 1, 2, 3, 3), List.of(q.apply(3), q.apply(6), q.apply(6.9), q.apply(7.25), q.apply(8), q.apply(9), q.apply(14.5), q.apply(20)));
        // d3-scale test/threshold-test.js: thresholds [1/3, 2/3] → bins a, b, c
        ThresholdScale t = ThresholdScale.of(1.0 / 3, 2.0 / 3);
        assertEquals(List.of(0, 0, 1, 1, 2, 2), List.of(t.apply(0), t.apply(0.2), t.apply(0.4), t.apply(0.6), t.apply(0.8), t.apply(1)));
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3}, t.invertExtent(1));
        // d3's ordinal: a value outside the (explicit) domain is unknown; palettes cycle
        OrdinalScale o = OrdinalScale.of(List.of("x", "y", "z"), 2);
        assertEquals(List.of(0, 1, 0, -1), List.of(o.apply("x"), o.apply("y"), o.apply("z"), o.apply("w")));
    }
}
