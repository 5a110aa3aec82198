package dev.hmspec.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Domains whose ends are finite but farther apart than the largest double (hi − lo = ∞). */
class ExtremeDomainTest {
    @Test
    void linearApplyMapsADomainOfMinusToPlus1e308LinearlyThoughItsWidthOverflows() {
        LinearScale s = LinearScale.of(-1e308, 1e308, 0, 1);
        assertEquals(0.0, s.apply(-1e308));
        assertEquals(1.0, s.apply(1e308));
        assertEquals(0.5, s.apply(0));
        assertEquals(0.75, s.apply(5e307), 1e-15);
        assertEquals(5e307, s.invert(0.75), 1e293);
    }

    @Test
    void ticksOfMinusToPlus1e308AreNiceAndFinite() {
        assertArrayEquals(new double[] {-1e308, -5e307, 0, 5e307, 1e308}, Ticks.ticks(-1e308, 1e308, 4));
        assertArrayEquals(new double[] {-1e308, -5e307, 0, 5e307, 1e308}, LinearScale.of(-1e308, 1e308, 0, 1).ticks(4));
    }
}
