package dev.hmspec.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimeFormatTest {
    private static long at(String iso) { return Instant.parse(iso).toEpochMilli(); }

    @Test @DisplayName("timeFormat(pattern).format(millis) writes every directive in UTC and English")
    void directives() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            long t = at("2026-03-01T14:05:09.007Z");
            assertEquals("2026-03-01 14:05:09.007", TimeFormat.compile("%Y-%m-%d %H:%M:%S.%L").format(t));
            assertEquals("Sun Sunday Mar March  1 060 02 PM 26 +0000 100%",
                    TimeFormat.compile("%a %A %b %B %e %j %I %p %y %Z 100%%").format(t));
            assertEquals("Thu Jan  1 12:00 AM", TimeFormat.compile("%a %b %e %I:%M %p").format(0));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test @DisplayName("timeFormat supports d3's padding modifiers %-d, %_d and %0e")
    void padding() {
        long t = at("2026-03-05T04:00:00Z");
        assertEquals("5/3 4h", TimeFormat.compile("%-d/%-m %-Hh").format(t));
        assertEquals(" 5|05", TimeFormat.compile("%_d|%0e").format(t));
    }

    @Test @DisplayName("timeFormat handles times before 1970")
    void beforeEpoch() {
        assertEquals("1969-12-31 23:59:59.999", TimeFormat.compile("%Y-%m-%d %H:%M:%S.%L").format(-1));
    }

    @Test @DisplayName("TimeFormat.compile(pattern) names an unknown directive and its position")
    void unknownDirective() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeFormat.compile("%Y-%K"));
        assertTrue(e.getMessage().contains("unknown directive %K at position 4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TimeFormat.compile("100%"));
        assertTrue(e.getMessage().contains("lone %"), e.getMessage());
    }
}
