package dev.hmspec.compile;

import dev.hmspec.layout.Bounds;
import dev.hmspec.scene.Node;
import java.util.List;

/**
 * The x axis below the grid: ticks and labels (thinned or rotated to fit the band step, so its
 * thickness depends on the plot's width), then the axis title.
 */
record XAxisTrack(List<String> labels, Double forcedAngle, String title, double widest) implements SideTrack {
    XAxisTrack { labels = List.copyOf(labels); }

    /** {@code widest}: the widest label, measured once (the layout asks for the rule many times). */
    XAxisTrack(List<String> labels, Double forcedAngle, String title) {
        this(labels, forcedAngle, title, AxisLayout.maxWidth(labels));
    }

    AxisLayout rule(double length) { return AxisLayout.horizontal(widest, length / Math.max(1, labels.size()), forcedAngle); }

    @Override public double thickness(double length) {
        AxisLayout rule = rule(length);
        return Theme.tick() + Theme.tickGap() + rule.extent() + titleHeight(rule.every() > 1);
    }

    /** The title's line, also taken by the thinning note when the title is empty. */
    private double titleHeight(boolean note) {
        return title.isEmpty() && !note ? 0 : TextMeasure.lineHeight(Theme.axisTitleSize()) + 6;
    }

    /** Title and thinning note are centred together under the plot and may reach past its edges; the view grows to hold them. */
    @Override public double length(double centerLength) {
        int every = rule(centerLength).every();
        if (every <= 1) return centerLength;
        double block = AxisBuilder.titleAndNoteLength(title, LayoutMessages.everyNthLabel(every));
        return Math.max(centerLength, centerLength / 2 + block / 2);
    }

    /** The smallest band step at which every label is drawn (the rule thins less as the step grows). */
    double fullStep() {
        double lo = 0, hi = 1;
        while (AxisLayout.horizontal(widest, hi, forcedAngle).every() > 1 && hi < 1e6) hi *= 2;
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (AxisLayout.horizontal(widest, mid, forcedAngle).every() > 1) lo = mid; else hi = mid;
        }
        return hi;
    }

    @Override public String role() { return "axis-x"; }

    /** Ticks follow the grid, not the plot, so they stay at the drawn cells' centres; the rule follows the plot's step. */
    @Override public Node draw(Bounds own, Frame frame) {
        return AxisBuilder.x(labels, rule(frame.plot().width()), frame.grid().x(), own.y(), frame.grid().width(), title);
    }
}
