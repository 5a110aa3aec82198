package dev.hmspec.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Oracles copied from d3-array's test/ticks-test.js and test/tickStep-test.js. */
class TicksTest {
    private static void assertTicks(double start, double stop, int count, double... expected) {
        assertArrayEquals(expected, Ticks.ticks(start, stop, count), 0.0,
                () -> "ticks(" + start + ", " + stop + ", " + count + ")");
    }

    @Test @DisplayName("ticks(start, stop, count) returns the empty array if any argument is NaN")
    void ticksNaN() {
        assertEquals(0, Ticks.ticks(Double.NaN, 1, 1).length);
        assertEquals(0, Ticks.ticks(0, Double.NaN, 1).length);
        assertEquals(0, Ticks.ticks(0, 1, Double.NaN).length);
        assertEquals(0, Ticks.ticks(Double.NaN, Double.NaN, Double.NaN).length);
    }

    @Test @DisplayName("ticks(start, stop, count) returns [start] if start == stop and count is positive, else empty")
    void ticksDegenerate() {
        assertTicks(1, 1, 1, 1);
        assertTicks(1, 1, 10, 1);
        assertTicks(1, 1, 0);
        assertTicks(1, 1, -1);
        assertTicks(0, 1, 0);
        assertTicks(0, 1, -1);
        assertEquals(0, Ticks.ticks(0, 1, Double.POSITIVE_INFINITY).length);
    }

    @Test @DisplayName("ticks(start, stop, count) does not include negative zero")
    void noNegativeZero() {
        double[] t = Ticks.ticks(-1, 0, 5);
        assertEquals(Double.POSITIVE_INFINITY, 1 / t[t.length - 1]);
    }

    @Test @DisplayName("ticks(start, stop, count) remains within the domain")
    void withinDomain() { assertTicks(0, 2.2, 3, 0, 1, 2); }

    @Test @DisplayName("ticks(start, stop, count) returns approximately count + 1 ticks when start < stop")
    void d3Table() {
        double[] tenths = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
        double[] fifths = {0.0, 0.2, 0.4, 0.6, 0.8, 1.0};
        for (int n = 8; n <= 10; n++) assertTicks(0, 1, n, tenths);
        for (int n = 4; n <= 7; n++) assertTicks(0, 1, n, fifths);
        assertTicks(0, 1, 3, 0.0, 0.5, 1.0);
        assertTicks(0, 1, 2, 0.0, 0.5, 1.0);
        assertTicks(0, 1, 1, 0.0, 1.0);
        for (int n = 8; n <= 10; n++) assertTicks(0, 10, n, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        for (int n = 4; n <= 7; n++) assertTicks(0, 10, n, 0, 2, 4, 6, 8, 10);
        assertTicks(0, 10, 3, 0, 5, 10);
        assertTicks(0, 10, 2, 0, 5, 10);
        assertTicks(0, 10, 1, 0, 10);
        for (int n = 7; n <= 10; n++) assertTicks(-10, 10, n, -10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10);
        for (int n = 3; n <= 6; n++) assertTicks(-10, 10, n, -10, -5, 0, 5, 10);
        assertTicks(-10, 10, 2, -10, 0, 10);
        assertTicks(-10, 10, 1, 0);
    }

    @Test @DisplayName("ticks(start, stop, count) returns the reverse of ticks(stop, start, count)")
    void reversed() {
        double[][] domains = {{0, 1}, {0, 10}, {-10, 10}};
        for (double[] d : domains) {
            for (int n = 1; n <= 10; n++) {
                double[] forward = Ticks.ticks(d[0], d[1], n), backward = Ticks.ticks(d[1], d[0], n);
                for (int i = 0; i < forward.length; i++) assertEquals(forward[i], backward[backward.length - 1 - i]);
            }
        }
    }

    @Test @DisplayName("ticks(start, stop, count) handles precision problems")
    void precision() { assertTicks(0.98, 1.14, 10, 0.98, 1, 1.02, 1.04, 1.06, 1.08, 1.1, 1.12, 1.14); }

    @Test @DisplayName("tickStep(start, stop, count) returns approximately count + 1 ticks' step, negated when reversed")
    void tickStepTable() {
        double[][] rows = { // start, stop, count, step
            {0, 1, 10, 0.1}, {0, 1, 9, 0.1}, {0, 1, 8, 0.1}, {0, 1, 7, 0.2}, {0, 1, 6, 0.2}, {0, 1, 5, 0.2},
            {0, 1, 4, 0.2}, {0, 1, 3, 0.5}, {0, 1, 2, 0.5}, {0, 1, 1, 1.0}, {0, 10, 10, 1}, {0, 10, 7, 2},
            {0, 10, 3, 5}, {0, 10, 1, 10}, {-10, 10, 10, 2}, {-10, 10, 6, 5}, {-10, 10, 2, 10}, {-10, 10, 1, 20}};
        for (double[] r : rows) {
            assertEquals(r[3], Ticks.tickStep(r[0], r[1], r[2]), () -> "tickStep" + java.util.Arrays.toString(r));
            assertEquals(-r[3], Ticks.tickStep(r[1], r[0], r[2]));
        }
        assertEquals(0, Ticks.tickStep(1, 1, 10));
        assertTrue(Double.isNaN(Ticks.tickStep(Double.NaN, 1, 1)));
    }

    @Test @DisplayName("tickIncrement(start, stop, count) encodes steps below 1 as a negative inverse")
    void tickIncrement() {
        assertEquals(-10, Ticks.tickIncrement(0, 1, 10));
        assertEquals(-5, Ticks.tickIncrement(0, 1, 5));
        assertEquals(1, Ticks.tickIncrement(0, 10, 10));
        assertEquals(20, Ticks.tickIncrement(-10, 10, 1));
    }

    @Test @DisplayName("nice(start, stop, count) extends to multiples of the tick increment")
    void nice() {
        assertArrayEquals(new double[] {0, 1}, Ticks.nice(0, 0.96, 10));
        assertArrayEquals(new double[] {0, 100}, Ticks.nice(0, 96, 10));
        assertArrayEquals(new double[] {-10, 60}, Ticks.nice(-0.1, 51.1, 8));
        assertArrayEquals(new double[] {1, 11}, Ticks.nice(1.1, 10.9, 10));
    }
}
