package dev.hmspec.compile;

import dev.hmspec.ast.Channel;
import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.Statement;
import dev.hmspec.bind.BoundView;
import dev.hmspec.scene.RuntimeInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Collects what the page runtime needs from decisions made here: axis rule inputs, the color
 * scale as a lookup table, and the tooltip's fields. The table is computed from the trained
 * {@link ColorMapping}, so the runtime never re-implements a scale or a scheme.
 */
final class RuntimeInfoBuilder {
    /** Lookup-table entries: 256 steps of a smooth scheme are below what the eye separates. */
    static final int LUT_SIZE = 256;

    private RuntimeInfoBuilder() {}

    static RuntimeInfo build(BoundView bound, ColorMapping mapping, CellData cells, boolean xAxis, boolean yAxis,
                             Double forcedAngle, double[] ramp, Statement.Size size) {
        RuntimeInfo.Axis x = new RuntimeInfo.Axis(xAxis, AxisLayout.maxWidth(cells.xLabels()), forcedAngle,
                Theme.LABEL_SIZE, Theme.TICK, Theme.TICK_GAP);
        RuntimeInfo.Axis y = new RuntimeInfo.Axis(yAxis, AxisLayout.maxWidth(cells.yLabels()), null,
                Theme.LABEL_SIZE, Theme.TICK, Theme.TICK_GAP);
        double[] box = ramp == null ? new double[4] : ramp;
        boolean autoSize = bound.view().last(Statement.Size.class).isPresent() && size.kind() == Statement.Size.Kind.AUTO;
        return new RuntimeInfo(x, y, colorKey(mapping, box), tooltip(bound), autoSize);
    }

    /** Thresholds where the color steps, from the scale's inverse at LUT_SIZE equal steps of t. */
    static RuntimeInfo.ColorKey colorKey(ColorMapping m, double[] box) {
        double[] thresholds = new double[LUT_SIZE - 1];
        for (int k = 1; k < LUT_SIZE; k++) thresholds[k - 1] = m.scale().invert((double) k / LUT_SIZE);
        Arrays.sort(thresholds); // a reversed domain inverts to descending values
        int[] colors = new int[LUT_SIZE];
        for (int k = 0; k < LUT_SIZE; k++) colors[k] = m.color(representative(thresholds, k));
        return new RuntimeInfo.ColorKey(thresholds, colors, m.noData(), m.domain(), box[0], box[1], box[2], box[3]);
    }

    /** A value inside step k: the middle of its interval, or just past the end for the open ends. */
    private static double representative(double[] t, int k) {
        int n = t.length;
        if (n == 1) return k == 0 ? t[0] - 1 : t[0];
        if (k == 0) return t[0] - (t[1] - t[0]) / 2;
        if (k == n) return t[n - 1] + (t[n - 1] - t[n - 2]) / 2;
        return (t[k - 1] + t[k]) / 2;
    }

    private static List<RuntimeInfo.TipField> tooltip(BoundView bound) {
        String xf = field(bound, Channel.X), yf = field(bound, Channel.Y), cf = field(bound, Channel.COLOR);
        List<RuntimeInfo.TipField> out = new ArrayList<>();
        Optional<Statement.Encoding> tip = bound.encoding(Channel.TOOLTIP);
        if (tip.isEmpty()) {
            Statement.Encoding color = bound.encoding(Channel.COLOR).orElseThrow();
            out.add(new RuntimeInfo.TipField(xf, "x", ""));
            out.add(new RuntimeInfo.TipField(yf, "y", ""));
            out.add(new RuntimeInfo.TipField(cf, "color", color.option(EncodingOption.Format.class).map(EncodingOption.Format::specifier).orElse("")));
            return out;
        }
        Statement.Encoding e = tip.get();
        for (Statement.ChannelField f : e.fields()) {
            String name = f.field().text();
            String channel = name.equals(xf) ? "x" : name.equals(yf) ? "y" : name.equals(cf) ? "color" : "other";
            String format = f.format().or(() -> e.fields().size() == 1
                    ? e.option(EncodingOption.Format.class).map(EncodingOption.Format::specifier) : Optional.empty()).orElse("");
            out.add(new RuntimeInfo.TipField(name, channel, format));
        }
        return out;
    }

    private static String field(BoundView bound, Channel c) {
        return bound.encoding(c).map(e -> e.field().field().text()).orElse("");
    }
}
