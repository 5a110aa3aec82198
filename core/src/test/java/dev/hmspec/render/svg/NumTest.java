package dev.hmspec.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumTest {
    @Test
    void format_writes_at_most_three_decimals_without_trailing_zeros() {
        assertEquals("1.235", Num.format(1.23456));
        assertEquals("0.5", Num.format(0.5000001));
        assertEquals("12", Num.format(12.0));
        assertEquals("-3.1", Num.format(-3.1));
        assertEquals("1000000", Num.format(1e6));
    }

    @Test
    void format_never_writes_negative_zero_exponents_or_non_finite_values() {
        assertEquals("0", Num.format(-0.0));
        assertEquals("0", Num.format(-0.0001));
        assertEquals("0.001", Num.format(1e-3));
        assertEquals("0", Num.format(Double.NaN));
        assertEquals("0", Num.format(Double.POSITIVE_INFINITY));
        assertEquals("12345678901234", Num.format(12345678901234.4));
    }

    @Test
    void format_ignores_the_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1.5", Num.format(1.5));
        } finally {
            Locale.setDefault(before);
        }
    }
}
