package dev.hmspec.scale;

import static dev.hmspec.props.Props.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.hmspec.format.TimeFormat;
import dev.hmspec.props.Props;
import dev.hmspec.props.Stats;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Calendar ticks: d3-scale's utcTime examples as oracles, a named zone across daylight saving, and laws. */
class TimeTicksTest {
    private static double utc(String iso) { return Instant.parse(iso).toEpochMilli(); }

    private static List<String> ticks(String from, String to, int count, ZoneId zone, String pattern) {
        TimeFormat f = TimeFormat.compile(pattern).withZone(zone);
        List<String> out = new ArrayList<>();
        for (double t : TimeScale.of(zone, utc(from), utc(to), 0, 1).ticks(count)) out.add(f.format((long) t));
        return out;
    }

    @Test @DisplayName("utc.ticks(count) picks years, quarters, months, weeks, days, hours, minutes, seconds and ms like d3")
    void d3Oracles() {
        ZoneId u = ZoneOffset.UTC;
        assertEquals(List.of("2011", "2012", "2013", "2014"), ticks("2011-01-01T00:00:00Z", "2014-01-01T00:00:00Z", 4, u, "%Y"));
        assertEquals(List.of("2011-01", "2011-04", "2011-07", "2011-10"), ticks("2011-01-01T00:00:00Z", "2011-12-01T00:00:00Z", 4, u, "%Y-%m"));
        assertEquals(List.of("01-01", "02-01", "03-01", "04-01", "05-01"), ticks("2011-01-01T00:00:00Z", "2011-05-01T00:00:00Z", 4, u, "%m-%d"));
        assertEquals(List.of("01-02", "01-09", "01-16", "01-23"), ticks("2011-01-01T00:00:00Z", "2011-01-23T00:00:00Z", 4, u, "%m-%d"));
        assertEquals(List.of("01-02", "01-03", "01-04", "01-05"), ticks("2011-01-01T16:28:27Z", "2011-01-05T21:34:12Z", 4, u, "%m-%d"));
        assertEquals(List.of("02 00:00", "02 12:00", "03 00:00", "03 12:00"), ticks("2011-01-01T16:28:27Z", "2011-01-03T21:34:12Z", 4, u, "%d %H:%M"));
        assertEquals(List.of("12:30", "12:45", "13:00", "13:15", "13:30"), ticks("2011-01-01T12:28:27Z", "2011-01-01T13:34:12Z", 4, u, "%H:%M"));
        assertEquals(List.of("27", "28", "29", "30", "31"), ticks("2011-01-01T12:00:27Z", "2011-01-01T12:00:31Z", 4, u, "%S"));
        assertEquals(List.of("00.000", "00.200", "00.400", "00.600", "00.800", "01.000"),
                ticks("2011-01-01T12:00:00Z", "2011-01-01T12:00:01Z", 4, u, "%S.%L"));
    }

    @Test @DisplayName("time ticks in Europe/Berlin fall on local midnights across the switch to summer time")
    void namedZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertEquals(List.of("03-28 00:00", "03-29 00:00", "03-30 00:00", "03-31 00:00"),
                ticks("2026-03-27T22:00:00Z", "2026-03-30T23:00:00Z", 4, berlin, "%m-%d %H:%M"));
        assertEquals("Mar", TimeFormat.multi(berlin).format((long) utc("2026-02-28T23:00:00Z")));
        assertEquals("2026", TimeFormat.multi(berlin).format((long) utc("2025-12-31T23:00:00Z")));
        assertEquals("06:00", TimeFormat.multi(berlin).format((long) utc("2026-07-01T04:00:00Z")));
    }

    @Test @DisplayName("time ticks lie inside the domain, strictly increase, sit on interval boundaries, and nice contains the domain")
    void laws() {
        Stats s = new Stats();
        qt().withExamples(1500).forAll(longs().between(-2_000_000_000_000L, 4_000_000_000_000L),
                        longs().between(1, 40L * 365 * 86_400_000L), integers().between(2, 12), integers().between(0, 2))
                .check((start, width, n, z) -> {
                    s.tried();
                    ZoneId zone = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Kolkata")).get(z);
                    s.hit("zone " + zone);
                    long stop = start + Math.max(1, width / (1L << (n % 8 * 5))); // spans from ms to decades
                    TimeInterval interval = TimeTicks.interval(start, stop, n, zone);
                    s.hit("interval " + interval.unit());
                    double[] t = TimeTicks.ticks(start, stop, n, zone);
                    for (int i = 0; i < t.length; i++) {
                        if (t[i] < start || t[i] > stop) return false;
                        if (i > 0 && !(t[i] > t[i - 1])) return false;
                        if (interval.floor((long) t[i]) != (long) t[i]) return false;
                    }
                    double[] nd = TimeScale.of(zone, start, stop, 0, 1).nice(n).domain();
                    return t.length <= 4 * n + 2 && nd[0] <= start && nd[1] >= stop;
                });
        s.assertHit(20, "interval MILLISECOND", "interval SECOND", "interval MINUTE", "interval HOUR", "interval DAY",
                "interval WEEK", "interval MONTH", "interval YEAR", "zone Europe/Berlin");
        Props.report("time ticks: inside, increasing, on boundaries; nice contains", s);
    }
}
