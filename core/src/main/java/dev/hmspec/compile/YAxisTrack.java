package dev.hmspec.compile;

import dev.hmspec.layout.Bounds;
import dev.hmspec.scene.Node;
import java.util.List;

/** The y axis left of the grid: labels as wide as the widest, then the rotated axis title outside them. */
record YAxisTrack(List<String> labels, String title) implements SideTrack {
    YAxisTrack { labels = List.copyOf(labels); }

    AxisLayout rule(double length) { return AxisLayout.vertical(labels, length / Math.max(1, labels.size())); }

    @Override public double thickness(double length) {
        // The title's column, also taken by the thinning note when the title is empty.
        boolean note = rule(length).every() > 1;
        double titleW = title.isEmpty() && !note ? 0 : TextMeasure.lineHeight(Theme.axisTitleSize()) + 4;
        return titleW + AxisLayout.maxWidth(labels) + Theme.tick() + Theme.tickGap();
    }

    /** The smallest band step at which every label is drawn. */
    double fullStep() { return Theme.labelSize() * AxisLayout.SPACING; }

    @Override public String role() { return "axis-y"; }

    @Override public Node draw(Bounds own, Frame frame) {
        return AxisBuilder.y(labels, rule(own.height()), own.right(), frame.grid().y(), frame.grid().height(), title, own.x());
    }
}
