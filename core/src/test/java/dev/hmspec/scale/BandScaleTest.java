package dev.hmspec.scale;

import static dev.hmspec.scale.ScaleProperties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Examples from d3-scale test/band-test.js, plus the band laws as properties. */
class BandScaleTest {
    private static final List<String> ABC = List.of("a", "b", "c");

    @Test @DisplayName("band(value) computes discrete bands in a continuous range")
    void basic() {
        BandScale s = new BandScale(ABC, 0, 120);
        assertEquals(0, s.apply("a"));
        assertEquals(40, s.apply("b"));
        assertEquals(80, s.apply("c"));
        assertEquals(40, s.bandwidth());
        assertEquals(40, s.step());
        assertEquals(Double.NaN, s.apply("d"));
        assertEquals(-1, s.index("d"));
        assertEquals(OptionalInt.of(1), s.indexOf("b"));
    }

    @Test @DisplayName("band.withPaddingInner(p).withRound(true) on a reversed range matches d3")
    void paddingInnerRound() {
        BandScale s = new BandScale(ABC, 120, 0).withPaddingInner(0.1).withRound(true);
        assertEquals(83, s.apply("a"));
        assertEquals(42, s.apply("b"));
        assertEquals(1, s.apply("c"));
        assertEquals(37, s.bandwidth());
    }

    @Test @DisplayName("band.withPaddingOuter(p) adds space at both ends")
    void paddingOuter() {
        BandScale s = new BandScale(ABC, 120, 0).withPaddingInner(0.2).withPaddingOuter(0.1);
        assertEquals(84, s.apply("a"), 1e-9);
        assertEquals(44, s.apply("b"), 1e-9);
        assertEquals(4, s.apply("c"), 1e-9);
        assertEquals(32, s.bandwidth(), 1e-9);
    }

    @Test @DisplayName("band.withAlign(a) distributes the outer space: 0 left, 1 right")
    void align() {
        BandScale s = new BandScale(List.of("a", "b"), 0, 100).withPaddingInner(0).withPaddingOuter(1);
        assertEquals(25, s.apply("a"));
        assertEquals(0, s.withAlign(0).apply("a"));
        assertEquals(50, s.withAlign(1).apply("a"));
        assertEquals(0.5, s.withAlign(-3).withAlign(0.5).align());
    }

    @Test @DisplayName("band with an empty domain has step = range length and no bands")
    void empty() {
        BandScale s = new BandScale(List.of(), 0, 10);
        assertEquals(10, s.step());
        assertEquals(0, s.size());
    }

    @Test @DisplayName("band laws: step·(n − paddingInner + 2·paddingOuter) = |range|, bands ordered without overlap")
    void laws() {
        qt().withExamples(500).forAll(integers().between(1, 60), doubles().between(0, 1), doubles().between(0, 1),
                doubles().between(-1000, 1000).zip(doubles().between(-1000, 1000), (a, b) -> new double[] {a, b}))
                .check((n, pi, po, r) -> {
            double r0 = r[0], r1 = r[1];
            List<String> keys = IntStream.range(0, n).mapToObj(i -> "k" + i).collect(Collectors.toList());
            BandScale s = new BandScale(keys, r0, r1).withPaddingInner(pi).withPaddingOuter(po);
            double length = Math.abs(r1 - r0);
            boolean identity = n - pi + 2 * po < 1 || Math.abs(s.step() * (n - pi + 2 * po) - length) <= 1e-9 * Math.max(1, length);
            boolean fits = s.bandwidth() <= s.step() + 1e-12;
            double dir = r1 >= r0 ? 1 : -1;
            boolean ordered = true;
            for (int i = 1; i < n; i++) {
                ordered &= dir * (s.start(i) - s.start(i - 1)) >= s.bandwidth() - 1e-9; // next band starts after this one ends
            }
            boolean inside = true;
            double lo = Math.min(r0, r1), hi = Math.max(r0, r1);
            for (int i = 0; i < n; i++) inside &= s.start(i) >= lo - 1e-9 && s.start(i) + s.bandwidth() <= hi + 1e-9;
            boolean centres = true;
            for (int i = 0; i < n; i++) centres &= s.indexAt(s.start(i) + s.bandwidth() / 2) == i || s.step() == 0;
            return identity && fits && ordered && inside && centres;
        });
    }
}
