package dev.hmspec.scale;

import dev.hmspec.format.TimeFormat;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * d3 {@code scaleTime} / {@code scaleUtc}: a linear scale over epoch milliseconds whose ticks, nice
 * and tick format follow the calendar of a time zone (UTC by default). The mapping itself is
 * zone-independent; the zone decides where days, months and years begin.
 */
public final class TimeScale implements Scale {
    private final LinearScale linear;
    private final ZoneId zone;

    private TimeScale(LinearScale linear, ZoneId zone) {
        this.linear = linear;
        this.zone = zone;
    }

    public static TimeScale utc(double t0, double t1, double r0, double r1) { return of(ZoneOffset.UTC, t0, t1, r0, r1); }

    public static TimeScale of(ZoneId zone, double t0, double t1, double r0, double r1) {
        return new TimeScale(LinearScale.of(t0, t1, r0, r1), zone);
    }

    public ZoneId zone() { return zone; }
    public double[] domain() { return linear.domain(); }
    public double[] range() { return linear.range(); }
    public double apply(double t) { return linear.apply(t); }
    public double invert(double y) { return linear.invert(y); }
    public TimeScale withClamp(boolean c) { return new TimeScale(linear.withClamp(c), zone); }
    public TimeScale withZone(ZoneId z) { return new TimeScale(linear, z); }

    /** Calendar ticks: about {@code count} boundaries of the best-fitting interval. */
    public double[] ticks(int count) {
        double[] d = linear.domain();
        return TimeTicks.ticks(d[0], d[1], count, zone);
    }

    /** Extends the domain to boundaries of the interval chosen for {@code count} ticks. */
    public TimeScale nice(int count) {
        double[] d = linear.domain();
        boolean reverse = d[1] < d[0];
        double lo = Math.min(d[0], d[1]), hi = Math.max(d[0], d[1]);
        TimeInterval interval = TimeTicks.interval(lo, hi, count, zone);
        double a = interval.floor((long) Math.floor(lo)), b = interval.ceil((long) Math.ceil(hi));
        return new TimeScale(linear.withDomain(reverse ? new double[] {b, a} : new double[] {a, b}), zone);
    }

    /**
     * d3's multi-scale time format: each tick shows only the most significant part that changes
     * (the year at a year boundary, the month at a month boundary, …), in 24-hour time.
     */
    public TimeFormat.Multi tickFormat() { return TimeFormat.multi(zone); }

    @Override public String toString() { return "TimeScale(" + zone + ")" + linear; }
}
