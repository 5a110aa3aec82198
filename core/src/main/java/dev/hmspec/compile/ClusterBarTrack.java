package dev.hmspec.compile;

import dev.hmspec.layout.Bounds;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * The flat clusters of {@code cut k} as a color bar along the grid: one rectangle per run of
 * bands in the same cluster (a cluster is a subtree, so its bands are contiguous: k rectangles).
 */
record ClusterBarTrack(ClusteredAxis axis) implements SideTrack {
    static final double WIDTH = 10, GAP = 3;

    boolean rows() { return axis.spec().rows(); }

    @Override public double thickness(double length) { return WIDTH + GAP; }

    @Override public String role() { return rows() ? "clusters-y" : "clusters-x"; }

    /** The bar itself, leaving the gap on the grid's side (left of it for rows, below it for columns). */
    @Override public Bounds drawn(Bounds own) {
        if (rows()) return new Bounds(own.x(), own.y(), WIDTH, own.height());
        return new Bounds(own.x(), own.y(), own.width(), WIDTH);
    }

    @Override public Node draw(Bounds own, Frame frame) {
        Bounds bar = drawn(own);
        int[] cluster = axis.cluster();
        int n = cluster.length;
        double along0 = rows() ? frame.grid().y() : frame.grid().x();
        double step = (rows() ? frame.grid().height() : frame.grid().width()) / Math.max(1, n);
        List<Node> rects = new ArrayList<>();
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && cluster[j] == cluster[i]) j++;
            if (cluster[i] > 0) {
                double a = along0 + i * step, len = (j - i) * step;
                int fill = axis.colorOf(cluster[i]);
                rects.add(rows() ? new Rect(bar.x(), a, WIDTH, len, fill, 0, 0, "cluster")
                        : new Rect(a, bar.y(), len, WIDTH, fill, 0, 0, "cluster"));
            }
            i = j;
        }
        return new Group(role(), 0, 0, rects);
    }
}
