package dev.hmspec.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Examples after d3-scale's linear-, pow-, log- and diverging-test.js. */
class ContinuousScaleTest {
    @Test @DisplayName("linear(x) maps a domain value x to a range value y")
    void linearApply() {
        assertEquals(1.5, LinearScale.create().withRange(1, 2).apply(0.5));
        assertEquals(-0.5, LinearScale.of(1, 2, 0, 1).apply(0.5));
    }

    @Test @DisplayName("linear(x) maps an empty domain to the middle of the range")
    void emptyDomain() {
        LinearScale s = LinearScale.of(0, 0, 1, 2);
        assertEquals(1.5, s.apply(0));
        assertEquals(1.5, s.apply(1));
        assertEquals(1.5, LinearScale.of(0, 0, 2, 1).apply(1));
    }

    @Test @DisplayName("linear.invert(y) maps an empty range to the middle of the domain")
    void emptyRange() {
        LinearScale s = LinearScale.of(1, 2, 0, 0);
        assertEquals(1.5, s.invert(0));
        assertEquals(1.5, s.invert(1));
    }

    @Test @DisplayName("linear(NaN) and linear.invert(NaN) return NaN")
    void nan() {
        assertTrue(Double.isNaN(LinearScale.create().apply(Double.NaN)));
        assertTrue(Double.isNaN(LinearScale.create().invert(Double.NaN)));
        assertTrue(Double.isNaN(LogScale.of(1, 10, 0, 1).apply(Double.NaN)));
        assertTrue(Double.isNaN(DivergingScale.linear(-1, 0, 1).apply(Double.NaN)));
    }

    @Test @DisplayName("linear.withClamp(true) restricts output to the range and invert output to the domain")
    void clamp() {
        LinearScale s = LinearScale.of(10, 20, 0, 1).withClamp(true);
        assertEquals(0, s.apply(-5));
        assertEquals(1, s.apply(50));
        assertEquals(20, s.invert(2));
        assertEquals(1.5, LinearScale.of(10, 20, 0, 1).apply(25));
    }

    @Test @DisplayName("linear with a polylinear domain and range maps each segment separately")
    void polylinear() {
        LinearScale s = LinearScale.create().withDomain(-10, 0, 100).withRange(1, 0.5, 0);
        assertEquals(0.75, s.apply(-5), 1e-12);
        assertEquals(0.25, s.apply(50), 1e-12);
        assertEquals(50, s.invert(0.25), 1e-12);
        LinearScale desc = LinearScale.create().withDomain(100, 0, -10).withRange(0, 0.5, 1);
        assertEquals(0.75, desc.apply(-5), 1e-12);
    }

    @Test @DisplayName("linear.withDomain returns a copy and leaves the original unchanged")
    void immutable() {
        LinearScale a = LinearScale.create();
        LinearScale b = a.withDomain(0, 10);
        assertArrayEquals(new double[] {0, 1}, a.domain());
        assertArrayEquals(new double[] {0, 10}, b.domain());
        double[] d = b.domain();
        d[0] = 99;
        assertEquals(0, b.domain()[0]);
    }

    @Test @DisplayName("linear.nice() extends the domain to round values like d3")
    void linearNice() {
        assertArrayEquals(new double[] {0, 1}, LinearScale.create().withDomain(0, 0.96).nice().domain());
        assertArrayEquals(new double[] {0, 100}, LinearScale.create().withDomain(0, 96).nice().domain());
        assertArrayEquals(new double[] {1, 0}, LinearScale.create().withDomain(0.96, 0).nice().domain());
        assertArrayEquals(new double[] {-10, 60}, LinearScale.create().withDomain(-0.1, 51.1).nice(8).domain());
        assertArrayEquals(new double[] {130, 0}, LinearScale.create().withDomain(123.1, 6.7).nice().domain());
        assertArrayEquals(new double[] {0, 50}, LinearScale.create().withDomain(0, 49).nice().domain());
        assertArrayEquals(new double[] {-100, 0, 100}, LinearScale.create().withDomain(-95, 0, 95).withRange(0, 0.5, 1).nice().domain());
        assertArrayEquals(new double[] {1, 1}, LinearScale.create().withDomain(1, 1).nice().domain());
    }

    @Test @DisplayName("linear.ticks(count) returns the expected ticks for a descending domain")
    void linearTicksDescending() {
        assertArrayEquals(new double[] {1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0},
                LinearScale.create().withDomain(1, 0).ticks(10));
    }

    @Test @DisplayName("linear.tickFormat(count) uses just enough fraction digits for the tick step")
    void linearTickFormat() {
        LinearScale s = LinearScale.create();
        assertEquals("0.2", s.tickFormat(10, null).format(0.2));
        assertEquals("0.0", s.tickFormat(10, null).format(0));
        assertEquals("0.50", s.tickFormat(20, null).format(0.5));
        assertEquals("1,000", s.withDomain(0, 5000).tickFormat(10, null).format(1000));
        assertEquals("+50%", s.tickFormat(10, "+%").format(0.5));
        assertEquals("0.5M", s.withDomain(0, 1e6).tickFormat(10, "s").format(5e5));
        assertEquals("1.0M", s.withDomain(0, 1e6).tickFormat(10, "s").format(1e6));
    }

    @Test @DisplayName("pow(x) and sqrt(x) are odd-symmetric and invert exactly")
    void pow() {
        PowScale sq = PowScale.sqrt(0, 100, 0, 1);
        assertEquals(0.5, sq.apply(25), 1e-12);
        assertEquals(25, sq.invert(0.5), 1e-12);
        PowScale cube = PowScale.of(3, -2, 2, -8, 8);
        assertEquals(-1, cube.apply(-1), 1e-12);
        assertEquals(1, cube.apply(1), 1e-12);
        assertEquals(0.5, PowScale.of(2, 0, 1, 0, 1).withExponent(0.5).apply(0.25), 1e-12);
        assertEquals(0.5, Scales.continuous("SQRT", 0, 4, 0, 1).orElseThrow().apply(1), 1e-12);
    }

    @Test @DisplayName("log(x) maps a domain value x to a range value y in log space")
    void logApply() {
        LogScale s = LogScale.of(1, 100, 0, 1);
        assertEquals(0.5, s.apply(10), 1e-12);
        assertEquals(10, s.invert(0.5), 1e-9);
        LogScale neg = LogScale.of(-100, -1, 0, 1);
        assertEquals(0.5, neg.apply(-10), 1e-12);
        assertEquals(-10, neg.invert(0.5), 1e-9);
        assertEquals(0.69897, LogScale.of(1, 10, 0, 1).apply(5), 1e-6);
    }

    @Test @DisplayName("log.withDomain rejects a domain that includes or crosses zero")
    void logRejectsZero() {
        assertThrows(IllegalArgumentException.class, () -> LogScale.of(0, 10, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> LogScale.of(-1, 10, 0, 1));
        assertTrue(LogScale.validDomain(-1, -0.5));
    }

    @Test @DisplayName("log.ticks() returns powers and multiples, like d3")
    void logTicks() {
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, LogScale.of(1, 10, 0, 1).ticks());
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
                LogScale.of(0.1, 10, 0, 1).ticks());
        assertArrayEquals(new double[] {-100, -90, -80, -70, -60, -50, -40, -30, -20, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1},
                LogScale.of(-100, -1, 0, 1).ticks());
        assertArrayEquals(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, LogScale.of(10, 1, 0, 1).ticks());
        assertArrayEquals(new double[] {1, 1e2, 1e4, 1e6, 1e8, 1e10, 1e12, 1e14, 1e16, 1e18, 1e20}, LogScale.of(1, 1e20, 0, 1).ticks(), 0);
    }

    @Test @DisplayName("log.tickFormat() labels only ticks with small leading digits when crowded")
    void logTickFormat() {
        LogScale s = LogScale.of(0.1, 10, 0, 1);
        var f = s.tickFormat();
        String[] labels = java.util.Arrays.stream(s.ticks()).mapToObj(f::format).toArray(String[]::new);
        assertArrayEquals(new String[] {"100m", "200m", "300m", "400m", "500m", "", "", "", "", "1", "2", "3", "4", "5",
            "", "", "", "", "10"}, labels);
    }

    @Test @DisplayName("log.nice() extends the domain to powers of the base")
    void logNice() {
        assertArrayEquals(new double[] {0.1, 100}, LogScale.of(0.3, 56, 0, 1).nice().domain());
        assertArrayEquals(new double[] {-100, -0.1}, LogScale.of(-56, -0.3, 0, 1).nice().domain());
        assertArrayEquals(new double[] {1, 16}, LogScale.of(2, 1.1, 10, 0, 1).nice().domain());
    }

    @Test @DisplayName("diverging(x) maps the midpoint to 0.5 and each half separately")
    void diverging() {
        DivergingScale s = DivergingScale.linear(-1, 0, 3);
        assertEquals(0, s.apply(-1));
        assertEquals(0.5, s.apply(0));
        assertEquals(1, s.apply(3));
        assertEquals(0.25, s.apply(-0.5));
        assertEquals(0.75, s.apply(1.5));
        assertEquals(1.5, s.invert(0.75), 1e-12);
        assertEquals(1.25, s.apply(4.5), 1e-12);
        assertEquals(1, s.withClamp(true).apply(4.5));
        DivergingScale desc = DivergingScale.linear(3, 0, -1);
        assertEquals(0.25, desc.apply(1.5), 1e-12);
        assertEquals(0.75, desc.apply(-0.5), 1e-12);
        DivergingScale log = DivergingScale.log(0.1, 1, 100);
        assertEquals(0.5, log.apply(1), 1e-12);
        assertEquals(0.75, log.apply(10), 1e-12);
        assertEquals(0.25, log.apply(Math.sqrt(0.1)), 1e-12);
        assertEquals(0.5, DivergingScale.linear(0, 0, 0).apply(5));
        assertEquals(-20, DivergingScale.linear(-1, 0, 1).withRange(-20, 0, 20).apply(-1));
    }
}
