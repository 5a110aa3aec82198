package dev.hmspec.compile;

import dev.hmspec.layout.Bounds;
import dev.hmspec.scene.Node;
import java.util.List;

/**
 * The x axis below the grid: ticks and labels (thinned or rotated to fit the band step, so its
 * thickness depends on the plot's width), then the axis title.
 */
record XAxisTrack(List<String> labels, Double forcedAngle, String title) implements SideTrack {
    XAxisTrack { labels = List.copyOf(labels); }

    AxisLayout rule(double length) { return AxisLayout.horizontal(labels, length / Math.max(1, labels.size()), forcedAngle); }

    @Override public double thickness(double length) {
        return Theme.TICK + Theme.TICK_GAP + rule(length).extent() + titleHeight();
    }

    private double titleHeight() { return title.isEmpty() ? 0 : TextMeasure.lineHeight(Theme.AXIS_TITLE_SIZE) + 6; }

    @Override public String role() { return "axis-x"; }

    /** Ticks follow the grid, not the plot, so they stay at the drawn cells' centres; the rule follows the plot's step. */
    @Override public Node draw(Bounds own, Frame frame) {
        return AxisBuilder.x(labels, rule(own.width()), frame.grid().x(), own.y(), frame.grid().width(), title);
    }
}
