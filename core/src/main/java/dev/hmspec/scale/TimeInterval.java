package dev.hmspec.scale;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A calendar interval in a time zone (d3-time's {@code timeMinute.every(15)}, {@code timeMonth.every(3)}
 * …), computed with java.time so months, leap years and daylight-saving shifts are right. Boundaries
 * are the instants where the unit's field is a multiple of the step: minute 0, 15, 30, 45; months
 * Jan, Apr, Jul, Oct (quarters); years divisible by the step. Weeks start on Sunday, as d3's timeWeek.
 */
public record TimeInterval(Unit unit, int step, ZoneId zone) {
    public enum Unit {
        MILLISECOND(1), SECOND(1_000), MINUTE(60_000), HOUR(3_600_000), DAY(86_400_000L),
        WEEK(7 * 86_400_000L), MONTH(30 * 86_400_000L), YEAR(365 * 86_400_000L);

        /** The approximate duration in milliseconds (d3's durationMonth, durationYear). */
        public final long millis;

        Unit(long millis) { this.millis = millis; }
    }

    public TimeInterval {
        if (step < 1) throw new IllegalArgumentException("interval step must be ≥ 1, got " + step);
    }

    /** The approximate length in milliseconds. */
    public double duration() { return (double) unit.millis * step; }

    /** The latest boundary ≤ t (epoch milliseconds). */
    public long floor(long t) {
        if (unit == Unit.MILLISECOND) return Math.floorDiv(t, step) * step;
        ZonedDateTime z = Instant.ofEpochMilli(t).atZone(zone);
        ZonedDateTime f;
        switch (unit) {
            case SECOND: f = z.truncatedTo(ChronoUnit.SECONDS).withSecond(down(z.getSecond())); break;
            case MINUTE: f = z.truncatedTo(ChronoUnit.MINUTES).withMinute(down(z.getMinute())); break;
            case HOUR: f = z.truncatedTo(ChronoUnit.HOURS).withHour(down(z.getHour())); break;
            case DAY: f = z.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(down(z.getDayOfMonth() - 1) + 1); break;
            case WEEK: f = z.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)); break;
            case MONTH: f = z.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1).withMonth(down(z.getMonthValue() - 1) + 1); break;
            default: f = z.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1).withYear(Math.floorDiv(z.getYear(), step) * step); break;
        }
        return f.toInstant().toEpochMilli();
    }

    private int down(int fieldValue) { return fieldValue / step * step; }

    /** The earliest boundary ≥ t. */
    public long ceil(long t) {
        long f = floor(t);
        return f == t ? t : next(f);
    }

    /** The boundary after boundary b. */
    long next(long b) {
        if (unit == Unit.MILLISECOND) return b + step;
        ZonedDateTime z = Instant.ofEpochMilli(b).atZone(zone);
        ZonedDateTime n;
        switch (unit) {
            case SECOND: n = z.plusSeconds(step); break;
            case MINUTE: n = z.plusMinutes(step); break;
            case HOUR: n = z.plusHours(step); break;
            case DAY: n = z.plusDays(step); break;
            case WEEK: n = z.plusWeeks(step); break;
            case MONTH: n = z.plusMonths(step); break;
            default: n = z.plusYears(step); break;
        }
        long m = n.toInstant().toEpochMilli();
        long f = floor(m); // re-snap: day steps restart each month (d3's day.every), hours at DST
        return f > b ? f : m;
    }

    /** The boundaries in [start, stop] (both inclusive), ascending; at most {@code limit}. */
    public List<Long> range(long start, long stop, int limit) {
        List<Long> out = new ArrayList<>();
        for (long t = ceil(start); t <= stop && out.size() < limit; t = next(t)) out.add(t);
        return out;
    }
}
