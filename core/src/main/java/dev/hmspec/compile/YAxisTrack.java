package dev.hmspec.compile;

import dev.hmspec.layout.Bounds;
import dev.hmspec.scene.Node;
import java.util.List;

/** The y axis left of the grid: labels as wide as the widest, then the rotated axis title outside them. */
record YAxisTrack(List<String> labels, String title, double widest) implements SideTrack {
    YAxisTrack { labels = List.copyOf(labels); }

    /** {@code widest}: the widest label, measured once (the layout asks for the thickness many times). */
    YAxisTrack(List<String> labels, String title) { this(labels, title, AxisLayout.maxWidth(labels)); }

    AxisLayout rule(double length) { return AxisLayout.vertical(widest, length / Math.max(1, labels.size())); }

    @Override public double thickness(double length) {
        // The title's column, also taken by the thinning note when the title is empty.
        boolean note = rule(length).every() > 1;
        double titleW = title.isEmpty() && !note ? 0 : TextMeasure.lineHeight(Theme.axisTitleSize()) + 4;
        return titleW + widest + Theme.tick() + Theme.tickGap();
    }

    /** The rotated title and thinning note reach below the grid when they are longer than it (AxisBuilder.y). */
    @Override public double length(double centerLength) {
        int every = rule(centerLength).every();
        return Math.max(centerLength, AxisBuilder.titleAndNoteLength(title, every > 1 ? LayoutMessages.everyNthLabel(every) : ""));
    }

    /** The smallest band step at which every label is drawn. */
    double fullStep() { return Theme.labelSize() * AxisLayout.SPACING; }

    @Override public String role() { return "axis-y"; }

    @Override public Node draw(Bounds own, Frame frame) {
        return AxisBuilder.y(labels, rule(own.height()), own.right(), frame.grid().y(), frame.grid().height(), title, own.x());
    }
}
