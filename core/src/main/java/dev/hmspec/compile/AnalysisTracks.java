package dev.hmspec.compile;

import dev.hmspec.cluster.Tree;
import dev.hmspec.layout.Side;
import dev.hmspec.scene.DendrogramInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the clustered axes' tracks go: on the left, after the y labels (which stay against the
 * grid, where the page redraws them when zooming), the cluster bar, then the dendrogram
 * outermost, so the bar sits beside the branches it colors; on top, the bar against the grid,
 * then the dendrogram. Each cut adds a cluster legend right of the color legend.
 */
final class AnalysisTracks {
    private AnalysisTracks() {}

    static void add(Map<Side, List<SideTrack>> tracks, AnalysisStep.Analyzed analyzed) {
        analyzed.rows().ifPresent(a -> add(tracks, a, Side.LEFT));
        analyzed.columns().ifPresent(a -> add(tracks, a, Side.TOP));
    }

    private static void add(Map<Side, List<SideTrack>> tracks, ClusteredAxis a, Side side) {
        if (a.k() > 0) tracks.get(side).add(new ClusterBarTrack(a));
        if (a.drawn()) tracks.get(side).add(new DendrogramTrack(a));
        if (a.k() > 0) tracks.get(Side.RIGHT).add(new ClusterLegendTrack(a));
    }

    /** The trees for the page (rows first), as compact arrays. */
    static List<DendrogramInfo> infos(AnalysisStep.Analyzed analyzed) {
        List<DendrogramInfo> out = new ArrayList<>();
        for (Optional<ClusteredAxis> o : List.of(analyzed.rows(), analyzed.columns())) {
            if (o.isEmpty()) continue;
            ClusteredAxis a = o.get();
            Tree t = a.tree();
            int m = t.merges();
            int[] left = new int[m], right = new int[m];
            double[] height = new double[m];
            for (int k = 0; k < m; k++) { left[k] = t.left(k); right[k] = t.right(k); height[k] = t.height(k); }
            int[] colors = new int[a.k()];
            for (int c = 1; c <= a.k(); c++) colors[c - 1] = a.colorOf(c);
            out.add(new DendrogramInfo(a.spec().rows() ? "y" : "x", t.leafCount(), left, right, height,
                    a.leafPosition(), a.cluster().length, a.cluster(), colors, a.drawn()));
        }
        return out;
    }
}
