package dev.hmspec.compile;

import dev.hmspec.layout.Bounds;
import dev.hmspec.layout.Side;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Line;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Rect;
import dev.hmspec.scene.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A marginal bar chart on one side of the grid: a bar per row (left, right) or column (top,
 * bottom) growing away from the grid from a zero line, lined up with the cells. Its value axis
 * (the domain's two ends) and its title are written past the grid's end, in the corner beside
 * the bars; the track asks the layout for that length.
 */
record MarginTrack(MarginChart chart, BandAxis axis, Side side) implements SideTrack {
    static final double GAP = 6, BARS = 48, LABEL_SIZE = 9;
    static final int FILL = 0xFF7A8CA5;

    @Override public double thickness(double length) { return GAP + BARS; }

    private String lo() { return chart.axisFormat().format(chart.domain()[0]); }
    private String hi() { return chart.axisFormat().format(chart.domain()[1]); }

    /** Past the grid's end: the tick labels (one line), then the title. */
    @Override public double length(double centerLength) {
        double ticks = side.horizontal()
                ? Math.max(TextMeasure.width(lo(), LABEL_SIZE, false), TextMeasure.width(hi(), LABEL_SIZE, false)) + 4
                : TextMeasure.lineHeight(LABEL_SIZE) + 2;
        return centerLength + ticks + 4 + TextMeasure.width(chart.spec().title(), LABEL_SIZE + 1, true);
    }

    @Override public String role() { return "margin-" + side.name().toLowerCase(java.util.Locale.ROOT); }

    /** The bars' box: the track less its gap on the grid's side, as long as the grid. */
    Bounds bars(Bounds own, Frame frame) {
        Bounds g = frame.plot();
        return switch (side) {
            case RIGHT -> new Bounds(own.x() + GAP, g.y(), BARS, g.height());
            case LEFT -> new Bounds(own.x(), g.y(), BARS, g.height());
            case TOP -> new Bounds(g.x(), own.y(), g.width(), BARS);
            case BOTTOM -> new Bounds(g.x(), own.y() + GAP, g.width(), BARS);
        };
    }

    @Override public Bounds drawn(Bounds own) {
        return switch (side) {
            case RIGHT -> new Bounds(own.x() + GAP, own.y(), BARS, own.height());
            case LEFT -> new Bounds(own.x(), own.y(), BARS, own.height());
            case TOP -> new Bounds(own.x(), own.y(), own.width(), BARS);
            case BOTTOM -> new Bounds(own.x(), own.y() + GAP, own.width(), BARS);
        };
    }

    /** Position across the track of value v: 0 at the grid-side edge for the domain's low end, growing away from the grid. */
    static double across(double v, double[] domain, Bounds bars, Side side) {
        double t = (v - domain[0]) / (domain[1] - domain[0]);
        return switch (side) {
            case RIGHT -> bars.x() + t * bars.width();
            case LEFT -> bars.right() - t * bars.width();
            case TOP -> bars.bottom() - t * bars.height();
            case BOTTOM -> bars.y() + t * bars.height();
        };
    }

    @Override public Node draw(Bounds own, Frame frame) {
        Bounds b = bars(own, frame);
        double[][] spans = axis.spans(frame);
        double[] d = chart.domain();
        double zero = across(0, d, b, side);
        List<Node> nodes = new ArrayList<>();
        for (int k = 0; k < spans.length; k++) {
            double v = chart.values()[k];
            if (!Double.isFinite(v)) continue;
            double end = across(v, d, b, side), a = Math.min(zero, end), len = Math.abs(end - zero);
            double lo = spans[k][0], w = spans[k][1] - spans[k][0];
            nodes.add(side.horizontal() ? new Rect(lo, a, w, len, FILL, 0, 0, "margin-bar")
                    : new Rect(a, lo, len, w, FILL, 0, 0, "margin-bar"));
        }
        Bounds g = frame.plot();
        nodes.add(side.horizontal() ? new Line(g.x(), zero, g.right(), zero, Theme.RULE, 1, "margin-zero")
                : new Line(zero, g.y(), zero, g.bottom(), Theme.RULE, 1, "margin-zero"));
        axisAndTitle(nodes, b, g);
        return new Group(role(), 0, 0, nodes);
    }

    /** The value axis (its two ends) and the title, past the grid's end. */
    private void axisAndTitle(List<Node> nodes, Bounds b, Bounds g) {
        double[] d = chart.domain();
        double p0 = across(d[0], d, b, side), p1 = across(d[1], d, b, side);
        String title = chart.spec().title();
        if (side.horizontal()) {
            double x = g.right() + 4;
            nodes.add(new Line(g.right(), p0, g.right(), p1, Theme.RULE, 1, "margin-axis"));
            nodes.add(label(x, p0, lo(), Text.Anchor.START, side == Side.TOP ? Text.Baseline.BOTTOM : Text.Baseline.TOP));
            nodes.add(label(x, p1, hi(), Text.Anchor.START, side == Side.TOP ? Text.Baseline.TOP : Text.Baseline.BOTTOM));
            double tx = x + Math.max(TextMeasure.width(lo(), LABEL_SIZE, false), TextMeasure.width(hi(), LABEL_SIZE, false)) + 4;
            nodes.add(new Text(tx, (p0 + p1) / 2, title, LABEL_SIZE + 1, true, Text.Anchor.START, Text.Baseline.MIDDLE, 0,
                    Theme.TEXT, "margin-title"));
        } else {
            double y = g.bottom() + 2;
            nodes.add(new Line(p0, g.bottom(), p1, g.bottom(), Theme.RULE, 1, "margin-axis"));
            nodes.add(label(p0, y, lo(), side == Side.RIGHT ? Text.Anchor.START : Text.Anchor.END, Text.Baseline.TOP));
            nodes.add(label(p1, y, hi(), side == Side.RIGHT ? Text.Anchor.END : Text.Anchor.START, Text.Baseline.TOP));
            double ty = y + TextMeasure.lineHeight(LABEL_SIZE) + 4;
            nodes.add(new Text((p0 + p1) / 2, ty, title, LABEL_SIZE + 1, true, Text.Anchor.START, Text.Baseline.MIDDLE, 90,
                    Theme.TEXT, "margin-title"));
        }
    }

    private static Text label(double x, double y, String s, Text.Anchor anchor, Text.Baseline baseline) {
        return new Text(x, y, s, LABEL_SIZE, false, anchor, baseline, 0, Theme.MUTED, "margin-label");
    }
}
