package dev.hmspec.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Examples from d3-format's README and test/format-*-test.js (with "-" for d3's "−"). */
class NumberFormatTest {
    private Locale saved;

    @BeforeEach void germanLocale() { saved = Locale.getDefault(); Locale.setDefault(Locale.GERMANY); }
    @AfterEach void restoreLocale() { Locale.setDefault(saved); }

    private static void check(String spec, double value, String expected) {
        assertEquals(expected, NumberFormat.compile(spec).format(value), () -> "format(\"" + spec + "\")(" + value + ")");
    }

    @Test @DisplayName("format(specifier)(value) matches d3-format's documented examples, even under a German locale")
    void readmeExamples() {
        check(".2f", 3.14159, "3.14");
        check(",", 1234567, "1,234,567");
        check(".2s", 42e6, "42M");
        check("~%", 0.5, "50%");
        check(".0%", 0.123, "12%");
        check("+$,.2f", 3.5, "+$3.50");
        check(",.2r", 4223, "4,200");
        check(".1f", 0.1 + 0.2, "0.3");
        check("", 0.1 + 0.2, "0.3");
        check(".3~s", 1500, "1.5k");
        check("08.2f", -4.2, "-0004.20");
        check("(.2f", -3.14159, "(3.14)");
        check(" .2f", 3.14159, " 3.14");
    }

    @Test @DisplayName("format(\"f\") and format(\"e\") use fixed and exponent notation, rounding half away from zero")
    void fixedAndExponent() {
        check("f", 42, "42.000000");
        check(".1f", 0.45, "0.5"); // 0.45 is 0.450000000000000011…, above the tie
        check(".0f", 2.5, "3");
        check("e", 0, "0.000000e+0");
        check(".1e", 123, "1.2e+2");
        check("~e", 10, "1e+1");
        check(".2e", 0.000123456, "1.23e-4");
        check(",.2f", 1234.5678, "1,234.57");
        check(".2f", 1e22, "1e+22");
    }

    @Test @DisplayName("format(\"g\") and format(\"r\") keep significant digits")
    void significant() {
        check(".3g", 0.0001234, "0.000123");
        check(".2g", 123456, "1.2e+5");
        check(".2r", 3.14159, "3.1");
        check(".1r", 0.049, "0.05");
        check(".3r", 0.049, "0.0490");
        check(".3r", 1234, "1230");
        check("r", 0, "0.00000");
    }

    @Test @DisplayName("format(\"s\") uses SI prefixes from yocto to yotta")
    void siPrefixes() {
        check("s", 0, "0.00000");
        check("s", 1, "1.00000");
        check("s", 10, "10.0000");
        check("s", 999.5, "999.500");
        check("s", 999500, "999.500k");
        check("s", 1000, "1.00000k");
        check(".3s", 0.0001, "100µ");
        check(".3s", 0.001, "1.00m");
        check(".2s", -0.000001, "-1.0µ");
        check(".3s", 1e24, "1.00Y");
        check("~s", 1e27, "1000Y");
    }

    @Test @DisplayName("format(\"d\") rounds to an integer and groups thousands with \",\"")
    void integers() {
        check("d", 4.2, "4");
        check("d", -4.6, "-5");
        check(",d", 1234567, "1,234,567");
        check("010,d", 1234, "00,001,234");
        check("^9d", 42, "   42    ");
        check("*<6d", 42, "42****");
        check("=+8d", 42, "+     42");
    }

    @Test @DisplayName("format(value) hides the sign of a negative value that rounds to zero, and uses ASCII hyphen-minus")
    void signs() {
        check(".1f", -0.01, "0.0");
        check("+.1f", -0.01, "-0.0");
        check("f", -1, "-1.000000");
        check("+d", 3, "+3");
        check(".1f", -0.0, "0.0");
    }

    @Test @DisplayName("format(NaN) is empty and infinities print as Infinity")
    void nonFinite() {
        check(".2f", Double.NaN, "");
        check(".2f", Double.POSITIVE_INFINITY, "Infinity");
        check(",d", Double.NEGATIVE_INFINITY, "-Infinity");
    }

    @Test @DisplayName("NumberFormat.compile(spec) rejects invalid specifiers with a readable message")
    void invalid() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NumberFormat.compile(".2q"));
        assertTrue(e.getMessage().contains("unknown type 'q'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> NumberFormat.compile("2.f.3"));
        assertTrue(e.getMessage().contains("invalid number format \"2.f.3\""), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NumberFormat.compile("99999999f"));
    }

    @Test @DisplayName("NumberFormat.forTicks(start, stop, count) picks precision from the tick step, like d3 tickFormat")
    void forTicks() {
        assertEquals("0.1", NumberFormat.forTicks(0, 1, 10).format(0.1));
        assertEquals("1.0", NumberFormat.forTicks(0, 1, 10).format(1));
        assertEquals("0.25", NumberFormat.forTicks(0, 1, 40).format(0.25));
        assertEquals("2,000", NumberFormat.forTicks(0, 10000, 10).format(2000));
        assertEquals("-0.004", NumberFormat.forTicks(-0.01, 0.01, 10).format(-0.004));
        assertEquals("1.20e+0", NumberFormat.forTicks(0, 2, 100, "e").format(1.2));
        assertEquals("30%", NumberFormat.forTicks(0, 1, 10, "%").format(0.3));
        assertEquals("0.2M", NumberFormat.forTicks(0, 1e6, 5, "s").format(2e5)); // one prefix for the axis
    }

    @Test @DisplayName("TickFormats.precision*(step) match d3-format's precision helpers")
    void precisionHelpers() {
        assertEquals(0, TickFormats.precisionFixed(8.9));
        assertEquals(0, TickFormats.precisionFixed(1.1));
        assertEquals(1, TickFormats.precisionFixed(0.89));
        assertEquals(2, TickFormats.precisionFixed(0.01));
        assertEquals(3, TickFormats.precisionRound(0.01, 1.01));
        assertEquals(2, TickFormats.precisionRound(0.1, 1.1));
        assertEquals(3, TickFormats.precisionRound(0.01, 9.99));
        assertEquals(1, TickFormats.precisionPrefix(1e5, 1.3e6));
    }
}
