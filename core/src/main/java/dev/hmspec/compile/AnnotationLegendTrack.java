package dev.hmspec.compile;

import dev.hmspec.layout.Bounds;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The annotation bars' legends right of the grid's legend, stacked top to bottom in the bars'
 * order: swatches for categories, a short colorbar for numbers (the ramp's minimum height, so a
 * few of them fit beside one grid). It may be taller than the grid, which grows the view.
 */
record AnnotationLegendTrack(List<LegendBuilder> legends) implements SideTrack {
    AnnotationLegendTrack { legends = List.copyOf(legends); }

    /** The plot height the legends are built for: colorbars get their shortest ramp. */
    private static final double SHORT = 0;
    private static final double SPACING = 10;

    @Override public double thickness(double length) {
        double w = 0;
        for (LegendBuilder l : legends) w = Math.max(w, l.width());
        return Theme.legendGap() + w;
    }

    @Override public double length(double centerLength) {
        double h = 0;
        for (LegendBuilder l : legends) h += l.height(SHORT) + SPACING;
        return h;
    }

    @Override public String role() { return "annotation-legend"; }

    @Override public Bounds drawn(Bounds own) {
        return new Bounds(own.x() + Theme.legendGap(), own.y(), own.width() - Theme.legendGap(), own.height());
    }

    @Override public Node draw(Bounds own, Frame frame) {
        Bounds d = drawn(own);
        List<Node> nodes = new ArrayList<>();
        double y = d.y();
        for (LegendBuilder l : legends) {
            Group g = l.build(d.x(), y, SHORT);
            nodes.add(new Group("annotation-legend-item", 0, 0, g.children()));
            y += l.height(SHORT) + SPACING;
        }
        return new Group(role(), 0, 0, nodes);
    }
}
