package dev.hmspec.compile;

import dev.hmspec.cluster.Tree;
import dev.hmspec.layout.Bounds;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Line;
import dev.hmspec.scene.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A dendrogram beside the grid: left of it for rows (root outwards, leaves at the grid's edge),
 * above it for columns. Each merge is drawn as a bracket whose depth is proportional to its
 * height (root at the full thickness), its feet on the children: a leaf's foot is its band's
 * centre, a merge's the middle of its bracket. With {@code cut k}, a bracket whose leaves are
 * all in one flat cluster takes that cluster's color; the brackets above the cut stay grey.
 */
record DendrogramTrack(ClusteredAxis axis) implements SideTrack {
    /** Space between the leaves' ends and the grid (or the next track). */
    static final double GAP = 4;
    static final double STROKE = 1;

    boolean rows() { return axis.spec().rows(); }

    @Override public double thickness(double length) { return axis.spec().thickness(); }

    @Override public String role() { return rows() ? "dendrogram-y" : "dendrogram-x"; }

    @Override public Node draw(Bounds own, Frame frame) {
        Tree t = axis.tree();
        int n = t.leafCount(), bands = axis.cluster().length;
        double along0 = rows() ? frame.grid().y() : frame.grid().x();
        double along = rows() ? frame.grid().height() : frame.grid().width();
        double depth = axis.spec().thickness() - GAP, base = rows() ? own.right() - GAP : own.bottom() - GAP;
        double maxH = 0;
        for (int k = 0; k < t.merges(); k++) maxH = Math.max(maxH, t.height(k));
        double[] pos = new double[2 * n - 1], h = new double[2 * n - 1];
        for (int leaf = 0; leaf < n; leaf++) pos[leaf] = along0 + (axis.leafPosition()[leaf] + 0.5) * along / bands;
        int[] colors = mergeColors(axis);
        List<Node> lines = new ArrayList<>();
        for (int k = 0; k < t.merges(); k++) {
            int a = t.left(k), b = t.right(k), id = n + k;
            // Centroid and median trees may dip below a child (an inversion): the bracket still spans both.
            h[id] = maxH > 0 ? t.height(k) / maxH * depth : 0;
            pos[id] = (pos[a] + pos[b]) / 2;
            int color = colors[k];
            lines.add(segment(base, h[a], pos[a], h[id], pos[a], color));
            lines.add(segment(base, h[b], pos[b], h[id], pos[b], color));
            lines.add(segment(base, h[id], pos[a], h[id], pos[b], color));
        }
        return new Group(role(), 0, 0, lines);
    }

    /** A line from depth d0 at position p0 to depth d1 at p1, in scene coordinates. */
    private Line segment(double base, double d0, double p0, double d1, double p1, int color) {
        if (rows()) return new Line(base - d0, p0, base - d1, p1, color, STROKE, "branch");
        return new Line(p0, base - d0, p1, base - d1, color, STROKE, "branch");
    }

    /** Per merge: its cluster's color when all its leaves share one flat cluster, else the rule grey. */
    static int[] mergeColors(ClusteredAxis axis) {
        Tree t = axis.tree();
        int n = t.leafCount();
        int[] label = new int[2 * n - 1], out = new int[t.merges()];
        for (int leaf = 0; leaf < n; leaf++) label[leaf] = axis.cluster()[axis.leafPosition()[leaf]];
        for (int k = 0; k < t.merges(); k++) {
            int a = label[t.left(k)], b = label[t.right(k)];
            label[n + k] = a == b ? a : 0;
            out[k] = label[n + k] > 0 ? axis.colorOf(label[n + k]) : Theme.RULE;
        }
        return out;
    }
}
