package dev.hmspec.compile;

import dev.hmspec.layout.Bounds;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Rect;
import dev.hmspec.scene.Text;
import java.util.ArrayList;
import java.util.List;

/** The legend of {@code cut k}: a title ("row clusters") and one swatch per cluster, right of the color legend. */
record ClusterLegendTrack(ClusteredAxis axis) implements SideTrack {
    static final double ROW = 16, SWATCH = 12;

    String title() { return axis.spec().what() + " clusters"; }

    @Override public double thickness(double length) {
        double labels = TextMeasure.width("cluster " + axis.k(), Theme.labelSize(), false) + SWATCH + 6;
        return Theme.legendGap() + Math.max(labels, TextMeasure.width(title(), Theme.axisTitleSize(), true));
    }

    @Override public double length(double centerLength) {
        return Math.max(centerLength, ColorbarLegend.titleHeight() + axis.k() * ROW + 4);
    }

    @Override public String role() { return axis.spec().rows() ? "cluster-legend-y" : "cluster-legend-x"; }

    @Override public Bounds drawn(Bounds own) {
        return new Bounds(own.x() + Theme.legendGap(), own.y(), own.width() - Theme.legendGap(),
                ColorbarLegend.titleHeight() + axis.k() * ROW + 4);
    }

    @Override public Node draw(Bounds own, Frame frame) {
        Bounds d = drawn(own);
        List<Node> nodes = new ArrayList<>();
        nodes.add(ColorbarLegend.title(d.x(), d.y(), title()));
        double top = d.y() + ColorbarLegend.titleHeight();
        for (int c = 1; c <= axis.k(); c++) {
            double y = top + (c - 1) * ROW;
            nodes.add(new Rect(d.x(), y, SWATCH, SWATCH, axis.colorOf(c), 0, 0, "swatch"));
            nodes.add(ColorbarLegend.label(d.x() + SWATCH + 6, y + SWATCH / 2, "cluster " + c));
        }
        return new Group("legend-clusters", 0, 0, nodes);
    }
}
