package dev.hmspec.compile;

import dev.hmspec.layout.Bounds;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Rect;
import dev.hmspec.scene.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * An annotation bar beside the grid: one colored mark per row (right of the grid) or column
 * (above it), lined up with the cells, after a small gap. Its name is written past the grid's
 * end (below a row bar, right of a column bar), in the corner no other track uses; the track
 * asks the layout for that length.
 *
 * @param index the bar's number among the view's bars, from 1
 */
record AnnotationTrack(AnnotationBar bar, BandAxis axis, int index) implements SideTrack {
    static final double BAR = 12, GAP = 3, NAME_SIZE = 10;

    @Override public double thickness(double length) { return GAP + BAR; }

    @Override public double length(double centerLength) {
        return centerLength + 4 + TextMeasure.width(bar.spec().field().name(), NAME_SIZE, false);
    }

    /** "annotation-y-1", "annotation-x-2" …: one role per bar, numbered in the view's order. */
    @Override public String role() { return (axis.rows() ? "annotation-y-" : "annotation-x-") + index; }

    /** The bars' box: the track less its gap on the grid's side, as long as the grid. */
    Bounds bars(Bounds own, Frame frame) {
        Bounds g = frame.plot();
        return axis.rows() ? new Bounds(own.x() + GAP, g.y(), BAR, g.height()) : new Bounds(g.x(), own.y(), g.width(), BAR);
    }

    @Override public Bounds drawn(Bounds own) {
        return axis.rows() ? new Bounds(own.x() + GAP, own.y(), BAR, own.height()) : new Bounds(own.x(), own.y(), own.width(), BAR);
    }

    @Override public Node draw(Bounds own, Frame frame) {
        Bounds b = bars(own, frame);
        double[][] spans = axis.spans(frame);
        List<Node> nodes = new ArrayList<>();
        for (int k = 0; k < spans.length; k++) {
            double lo = spans[k][0], len = spans[k][1] - spans[k][0];
            nodes.add(axis.rows() ? new Rect(b.x(), lo, BAR, len, bar.colors()[k], 0, 0, "annotation-bar")
                    : new Rect(lo, b.y(), len, BAR, bar.colors()[k], 0, 0, "annotation-bar"));
        }
        String name = bar.spec().field().name();
        nodes.add(axis.rows()
                ? new Text(b.x() + BAR / 2, frame.plot().bottom() + 4, name, NAME_SIZE, false, Text.Anchor.START,
                        Text.Baseline.MIDDLE, 90, Theme.MUTED, "annotation-name")
                : new Text(frame.plot().right() + 4, b.y() + BAR / 2, name, NAME_SIZE, false, Text.Anchor.START,
                        Text.Baseline.MIDDLE, 0, Theme.MUTED, "annotation-name"));
        return new Group(role(), 0, 0, nodes);
    }
}
