package dev.hmspec.compile;

import dev.hmspec.resolve.ResolvedSize;
import dev.hmspec.resolve.ResolvedTip;
import dev.hmspec.resolve.ResolvedView;
import dev.hmspec.scene.RuntimeInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects what the page runtime needs from decisions made here: axis rule inputs, the color
 * scale as a lookup table, and the tooltip's fields. The table is computed from the trained
 * {@link ColorMapping}, so the runtime never re-implements a scale or a scheme.
 */
final class RuntimeInfoBuilder {
    /** Lookup-table entries: 256 steps of a smooth scheme are below what the eye separates. */
    static final int LUT_SIZE = 256;

    private RuntimeInfoBuilder() {}

    static RuntimeInfo build(ResolvedView view, ColorMapping mapping, CellData cells, double[] ramp) {
        RuntimeInfo.Axis x = new RuntimeInfo.Axis(view.x().shown(), AxisLayout.maxWidth(cells.xLabels()),
                view.x().labelAngle().orElse(null), Theme.labelSize(), Theme.tick(), Theme.tickGap());
        RuntimeInfo.Axis y = new RuntimeInfo.Axis(view.y().shown(), AxisLayout.maxWidth(cells.yLabels()), null,
                Theme.labelSize(), Theme.tick(), Theme.tickGap());
        double[] box = ramp == null ? new double[4] : ramp;
        boolean autoSize = view.size().explicit() && view.size().kind() == ResolvedSize.Kind.AUTO;
        boolean categories = mapping instanceof DiscreteColor && cells.categorical();
        return new RuntimeInfo(x, y, colorKey(mapping, cells, box), tooltip(view, categories), autoSize);
    }

    /**
     * The color mapping as a step function over the grid's values (see {@link RuntimeInfo.ColorKey}).
     * Continuous: LUT_SIZE equal steps of t, thresholds from the scale's inverse. Discrete over
     * numbers: the exact data values where the class changes. Categorical: class indices, which
     * {@link #gridValues} puts in the grid in place of the (non-numeric) values.
     */
    static RuntimeInfo.ColorKey colorKey(ColorMapping m, CellData cells, double[] box) {
        if (m instanceof ContinuousColor c) {
            double[] thresholds = new double[LUT_SIZE - 1];
            for (int k = 1; k < LUT_SIZE; k++) thresholds[k - 1] = c.fromT().applyAsDouble((double) k / LUT_SIZE);
            Arrays.sort(thresholds); // a reversed domain inverts to descending values
            int[] colors = new int[LUT_SIZE];
            for (int k = 0; k < LUT_SIZE; k++) colors[k] = m.color(representative(thresholds, k));
            return key(thresholds, colors, m, c.domain(), box);
        }
        DiscreteColor d = (DiscreteColor) m;
        if (cells.categorical()) {
            double[] thresholds = new double[Math.max(0, d.colors().length - 1)];
            for (int k = 0; k < thresholds.length; k++) thresholds[k] = k + 0.5;
            int[] colors = d.colors().length == 0 ? new int[] {d.noData()} : d.colors();
            return key(thresholds, colors, m, new double[] {0, Math.max(0, d.colors().length - 1)}, box);
        }
        double[] sorted = Arrays.stream(cells.values()).filter(Double::isFinite).sorted().distinct().toArray();
        List<Double> thresholds = new ArrayList<>();
        List<Integer> colors = new ArrayList<>();
        colors.add(sorted.length == 0 ? d.noData() : m.color(sorted[0]));
        for (int i = 1; i < sorted.length; i++) {
            int c = m.color(sorted[i]);
            if (c != colors.get(colors.size() - 1)) { thresholds.add(sorted[i]); colors.add(c); }
        }
        double[] domain = sorted.length == 0 ? new double[] {0, 1} : new double[] {sorted[0], sorted[sorted.length - 1]};
        return key(thresholds.stream().mapToDouble(Double::doubleValue).toArray(), colors.stream().mapToInt(Integer::intValue).toArray(),
                m, domain, box);
    }

    /** The values the grid carries: the color values, or class indices for a categorical mapping. */
    static double[] gridValues(ColorMapping m, CellData cells) {
        if (!(m instanceof DiscreteColor d) || !cells.categorical()) return cells.values();
        double[] out = new double[cells.colorCodes().length];
        for (int i = 0; i < out.length; i++) {
            int k = d.classOfCode(cells.colorCodes()[i]);
            out[i] = k < 0 ? Double.NaN : k;
        }
        return out;
    }

    private static RuntimeInfo.ColorKey key(double[] thresholds, int[] colors, ColorMapping m, double[] domain, double[] box) {
        return new RuntimeInfo.ColorKey(thresholds, colors, m.noData(), domain, box[0], box[1], box[2], box[3]);
    }

    /** A value inside step k: the middle of its interval, or just past the end for the open ends. */
    private static double representative(double[] t, int k) {
        int n = t.length;
        if (n == 1) return k == 0 ? t[0] - 1 : t[0];
        if (k == 0) return t[0] - (t[1] - t[0]) / 2;
        if (k == n) return t[n - 1] + (t[n - 1] - t[n - 2]) / 2;
        return t[k - 1] / 2 + t[k] / 2; // not (a + b) / 2: near ±1.8e308 the sum overflows
    }

    /** Tooltip fields; a categorical color field reads its text per cell ("other"), since the grid holds class indices. */
    private static List<RuntimeInfo.TipField> tooltip(ResolvedView view, boolean categories) {
        String xf = view.x().field().name(), yf = view.y().field().name(), cf = view.color().field().name();
        List<RuntimeInfo.TipField> out = new ArrayList<>();
        List<ResolvedTip> tips = view.tooltip();
        for (int k = 0; k < tips.size(); k++) {
            String name = tips.get(k).field();
            String channel;
            if (!view.tooltipGiven()) channel = k == 0 ? "x" : k == 1 ? "y" : categories ? "other" : "color";
            else channel = name.equals(xf) ? "x" : name.equals(yf) ? "y" : name.equals(cf) && !categories ? "color" : "other";
            out.add(new RuntimeInfo.TipField(name, channel, tips.get(k).format()));
        }
        return out;
    }
}
