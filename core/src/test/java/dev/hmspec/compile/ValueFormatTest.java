package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueFormatTest {
    @Test
    void plainNumberGroupsIntegersAndKeepsFourSignificantDigits() {
        assertEquals("0", ValueFormat.plainNumber(0));
        assertEquals("999", ValueFormat.plainNumber(999));
        assertEquals("1,000", ValueFormat.plainNumber(1000));
        assertEquals("-1,234,567", ValueFormat.plainNumber(-1234567));
        assertEquals("0.8718", ValueFormat.plainNumber(0.87175385));
        assertEquals("-0.1", ValueFormat.plainNumber(-0.1));
        assertEquals("1235", ValueFormat.plainNumber(1234.5678).replace(",", ""));
    }

    @Test
    void formatUsesTheSpecifierAndSaysNoDataForMissingValues() {
        ValueFormat f = ValueFormat.of(Optional.of(".2f"), false);
        assertEquals("3.14", f.format(3.14159));
        assertEquals("no data", f.format(Double.NaN));
        assertEquals("no data", f.format(null));
        assertEquals("2015-01-01", ValueFormat.of(Optional.empty(), true).format(1420070400000L));
        assertEquals("2015-01-01 05:00", ValueFormat.of(Optional.empty(), true).format(1420088400000L));
    }
}
