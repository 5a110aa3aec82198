package dev.hmspec.compile;

import dev.hmspec.color.ColorScheme;
import dev.hmspec.format.NumberFormat;
import dev.hmspec.format.TimeFormat;
import dev.hmspec.resolve.ResolvedColorScale;
import dev.hmspec.scale.ContinuousScale;
import dev.hmspec.scale.TimeScale;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A continuous color mapping: the trained scale as a function value → t, the scheme over t, and
 * the colorbar's ticks with their labels (the scale's own ticks and tick format, or the spec's).
 */
record ContinuousColor(DoubleUnaryOperator toT, DoubleUnaryOperator fromT, double[] domain, ColorScheme scheme,
                       int noData, String title, double[] ticks, List<String> tickLabels, boolean steppedScheme)
        implements ColorMapping {

    @Override public int color(double value) {
        double t = toT.applyAsDouble(value);
        return Double.isNaN(t) ? noData : scheme.at(t);
    }

    /** Grids above this many cells take their colors from a table of {@link #TABLE_STEPS} steps of t. */
    static final int TABLE_MIN_CELLS = 65_536;
    static final int TABLE_STEPS = 1 << 16;

    /**
     * Every cell's color. Big grids look colors up in a table over t (65,536 steps: at most a
     * hundredth of an 8-bit level from the exact color of a smooth scheme), a tenth of the cost
     * of interpolating the scheme per cell; stepped schemes ({@code scheme x k}) and small grids,
     * drawn as shapes with exact fills, interpolate exactly.
     */
    @Override public int[] colors(CellData cells) {
        double[] v = cells.values();
        int[] out = new int[v.length];
        if (v.length < TABLE_MIN_CELLS || steppedScheme) {
            for (int i = 0; i < v.length; i++) out[i] = color(v[i]);
            return out;
        }
        int[] table = new int[TABLE_STEPS + 1];
        for (int k = 0; k <= TABLE_STEPS; k++) table[k] = scheme.at((double) k / TABLE_STEPS);
        for (int i = 0; i < v.length; i++) {
            double t = toT.applyAsDouble(v[i]);
            // at() clamps t to [0, 1] itself; clamping first keeps the same colors. Truncating (not
            // rounding) t to the table keeps floor(t * n) exact for ramps of n = 2^k stops (viridis: 256).
            out[i] = Double.isNaN(t) ? noData : table[(int) (Math.max(0, Math.min(1, t)) * TABLE_STEPS)];
        }
        return out;
    }

    /** Color at a position t along the legend ramp (0 = domain start). */
    int colorAt(double t) { return scheme.at(t); }

    static ContinuousColor numeric(ResolvedColorScale o, double[] values) {
        double[] e = extent(values, o);
        ContinuousScale scale = ScaleFactory.create(o.type(), o.parameter(), e[0], e[1], o.midpoint(), o.domain().isEmpty());
        if (o.nice() && o.domain().isEmpty() && o.midpoint().isEmpty()) scale = scale.nice(o.ticks());
        scale = scale.withClamp(o.clamp());
        double[] ticks = scale.ticks(o.ticks());
        NumberFormat format = o.format().map(NumberFormat::compile).orElse(scale.tickFormat(o.ticks(), null));
        List<String> labels = new ArrayList<>();
        for (double t : ticks) labels.add(format.format(t));
        return new ContinuousColor(scale::apply, scale::invert, scale.domain(), SchemeChoice.ramp(o), SchemeChoice.noData(o),
                o.title(), ticks, labels, stepped(o));
    }

    static ContinuousColor time(ResolvedColorScale o, double[] values) {
        double[] e = extent(values, o);
        TimeScale scale = TimeScale.of(o.zone(), e[0], e[1], 0, 1);
        if (o.nice()) scale = scale.nice(o.ticks());
        scale = scale.withClamp(o.clamp());
        double[] ticks = scale.ticks(o.ticks());
        List<String> labels = new ArrayList<>();
        TimeFormat.Multi multi = scale.tickFormat();
        TimeFormat custom = o.format().map(f -> TimeFormat.compile(f).withZone(o.zone())).orElse(null);
        for (double t : ticks) labels.add(custom != null ? custom.format((long) t) : multi.format((long) t));
        return new ContinuousColor(scale::apply, scale::invert, scale.domain(), SchemeChoice.ramp(o), SchemeChoice.noData(o),
                o.title(), ticks, labels, stepped(o));
    }

    /** Whether the ramp has steps (classes, or a palette sampled in bins): colors then come exact, never from a table. */
    static boolean stepped(ResolvedColorScale o) {
        return o.classes().isPresent() || SchemeChoice.ramp(o).kind() == dev.hmspec.color.ColorScheme.Kind.CATEGORICAL;
    }

    /**
     * The data's finite extent, or the explicit domain; widened to 0 by zero. With no values at
     * all: [0, 1], or [1, 10] for log (whose domain must not touch 0), so an all-missing grid
     * still gets a defined scale and legend.
     */
    static double[] extent(double[] values, ResolvedColorScale o) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double d : values) {
            if (Double.isFinite(d)) { lo = Math.min(lo, d); hi = Math.max(hi, d); }
        }
        if (lo > hi) { lo = o.type().equals("log") ? 1 : 0; hi = o.type().equals("log") ? 10 : 1; }
        if (o.domain().isPresent()) { lo = o.domain().get().min(); hi = o.domain().get().max(); }
        if (o.zero()) { lo = Math.min(lo, 0); hi = Math.max(hi, 0); }
        return new double[] {lo, hi};
    }
}
