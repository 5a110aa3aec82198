package dev.hmspec.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SymlogScaleTest {
    @Test @DisplayName("symlog(x) is d3's sign(x)·log1p(|x|/c), normalized: odd-symmetric and linear near zero")
    void mapping() {
        SymlogScale s = SymlogScale.of(-100, 100, 0, 1);
        assertEquals(0.5, s.apply(0));
        assertEquals(1 - s.apply(-42), s.apply(42), 1e-15);
        assertEquals(0.5 + 0.5 * Math.log1p(10) / Math.log1p(100), s.apply(10), 1e-15); // d3-scale symlog-test
        assertEquals(10, s.invert(s.apply(10)), 1e-12);
    }

    @Test @DisplayName("symlog.ticks(count) places 0 and powers of ten when the domain spans decades, linear ticks otherwise")
    void ticks() {
        assertArrayEquals(new double[] {-1e5, -1e3, -10, 0, 10, 1e3, 1e5}, SymlogScale.of(-1e5, 1e5, 0, 1).ticks(10));
        assertArrayEquals(new double[] {0, 1, 10, 100, 1000}, SymlogScale.of(0, 1000, 0, 1).ticks(5));
        assertArrayEquals(new double[] {1000, 100, 10, 1, 0}, SymlogScale.of(1000, 0, 0, 1).ticks(5));
        assertArrayEquals(new double[] {0, 10, 20, 30, 40, 50}, SymlogScale.of(0, 50, 0, 1).ticks(5));
        assertEquals("1,000", SymlogScale.of(0, 1000, 0, 1).tickFormat(5, null).format(1000));
    }
}
