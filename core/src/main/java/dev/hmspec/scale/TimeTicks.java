package dev.hmspec.scale;

import java.time.ZoneId;

/**
 * d3-scale time ticks: choose the calendar interval whose duration is closest (by ratio) to
 * span/count from d3's list — 1, 5, 15, 30 seconds; 1, 5, 15, 30 minutes; 1, 3, 6, 12 hours;
 * 1, 2 days; 1 week; 1, 3 months; then years by the nice linear step — and take its boundaries.
 */
public final class TimeTicks {
    private static final Object[][] INTERVALS = {
        {TimeInterval.Unit.SECOND, 1}, {TimeInterval.Unit.SECOND, 5}, {TimeInterval.Unit.SECOND, 15}, {TimeInterval.Unit.SECOND, 30},
        {TimeInterval.Unit.MINUTE, 1}, {TimeInterval.Unit.MINUTE, 5}, {TimeInterval.Unit.MINUTE, 15}, {TimeInterval.Unit.MINUTE, 30},
        {TimeInterval.Unit.HOUR, 1}, {TimeInterval.Unit.HOUR, 3}, {TimeInterval.Unit.HOUR, 6}, {TimeInterval.Unit.HOUR, 12},
        {TimeInterval.Unit.DAY, 1}, {TimeInterval.Unit.DAY, 2}, {TimeInterval.Unit.WEEK, 1},
        {TimeInterval.Unit.MONTH, 1}, {TimeInterval.Unit.MONTH, 3}, {TimeInterval.Unit.YEAR, 1},
    };

    private TimeTicks() {}

    private static double duration(int i) { return ((TimeInterval.Unit) INTERVALS[i][0]).millis * (double) (int) INTERVALS[i][1]; }

    private static TimeInterval at(int i, ZoneId zone) {
        return new TimeInterval((TimeInterval.Unit) INTERVALS[i][0], (int) INTERVALS[i][1], zone);
    }

    /** d3's tickInterval(start, stop, count). */
    public static TimeInterval interval(double start, double stop, int count, ZoneId zone) {
        double target = Math.abs(stop - start) / Math.max(1, count);
        int i = 0;
        while (i < INTERVALS.length && duration(i) <= target) i++;
        if (i == INTERVALS.length) {
            double y = TimeInterval.Unit.YEAR.millis;
            int step = (int) Math.max(1, Math.round(Math.abs(Ticks.tickStep(start / y, stop / y, count))));
            return new TimeInterval(TimeInterval.Unit.YEAR, step, zone);
        }
        if (i == 0) {
            int step = (int) Math.max(1, Math.round(Math.abs(Ticks.tickStep(start, stop, count))));
            return new TimeInterval(TimeInterval.Unit.MILLISECOND, step, zone);
        }
        return target / duration(i - 1) < duration(i) / target ? at(i - 1, zone) : at(i, zone);
    }

    /** Ticks in [start, stop] (epoch ms, either order; returned in the same order). */
    public static double[] ticks(double start, double stop, int count, ZoneId zone) {
        if (!(Double.isFinite(start) && Double.isFinite(stop)) || count < 1) return new double[0];
        boolean reverse = stop < start;
        long lo = (long) Math.ceil(Math.min(start, stop)), hi = (long) Math.floor(Math.max(start, stop));
        var list = interval(lo, hi, count, zone).range(lo, hi, 10_000);
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) out[reverse ? out.length - 1 - i : i] = list.get(i);
        return out;
    }
}
