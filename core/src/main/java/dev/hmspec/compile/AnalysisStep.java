package dev.hmspec.compile;

import dev.hmspec.analysis.AnalysisMessages;
import dev.hmspec.analysis.Normalize;
import dev.hmspec.cluster.ClusterMessages;
import dev.hmspec.cluster.FlatClusters;
import dev.hmspec.cluster.HierarchicalClustering;
import dev.hmspec.cluster.Tree;
import dev.hmspec.color.ColorScheme;
import dev.hmspec.color.Schemes;
import dev.hmspec.data.FieldType;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.resolve.ResolvedAnalysis;
import dev.hmspec.resolve.ResolvedCluster;
import dev.hmspec.resolve.ResolvedNormalize;
import dev.hmspec.resolve.ResolvedView;
import dev.hmspec.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The grid after the transforms, {@code normalize}d, then {@code cluster}ed: the clustering
 * reads the normalized values (as seaborn's clustermap does) and reorders the rows and/or
 * columns, which wins over any {@code sort} (the checker warned). Findings of the algorithms
 * become diagnostics positioned on the statement that asked for them.
 */
final class AnalysisStep {
    /** The analyzed grid and, per clustered axis, its tree. */
    record Analyzed(CellData cells, Optional<ClusteredAxis> rows, Optional<ClusteredAxis> columns) {}

    private AnalysisStep() {}

    /** No analysis: the grid as it is (a tiled matrix, which is never analyzed). */
    static Analyzed none(CellData cells) { return new Analyzed(cells, Optional.empty(), Optional.empty()); }

    static Analyzed apply(SourceFile f, ResolvedView view, CellData cells, List<Diagnostic> out) {
        ResolvedAnalysis a = view.analysis();
        Analyzed none = new Analyzed(cells, Optional.empty(), Optional.empty());
        if (a.normalize().isEmpty() && a.rows().isEmpty() && a.columns().isEmpty()) return none;
        FieldType type = view.color().field().type();
        if (cells.categorical() || type != FieldType.NUMBER) {
            String typeName = type.name().toLowerCase(java.util.Locale.ROOT);
            a.normalize().ifPresent(n -> out.add(AnalysisMessages.notNumeric(f, n.span(), "normalize",
                    view.color().field().name(), typeName)));
            for (ResolvedCluster c : clusters(a))
                out.add(AnalysisMessages.notNumeric(f, c.span(), "cluster", view.color().field().name(), typeName));
            return none;
        }
        int nx = cells.columns(), ny = cells.rows();
        double[] values = cells.values();
        String[] tooltips = cells.tooltips();
        if (a.normalize().isPresent()) {
            ResolvedNormalize n = a.normalize().get();
            Normalize.Result r = Normalize.apply(values, ny, nx, n.method(), n.over());
            values = r.values();
            if (r.degenerateSlices() > 0) {
                String slice = n.over() == Normalize.Over.ALL ? "grid" : n.sliceName();
                out.add(AnalysisMessages.degenerateSlices(f, n.span(), r.degenerateSlices(), slice,
                        n.method() == Normalize.Method.MINMAX ? "0.5" : "0"));
            }
            tooltips = withNormalized(tooltips, values, n);
        }
        int[] rowOrder = identity(ny), colOrder = identity(nx);
        Optional<ClusteredAxis> rows = Optional.empty(), columns = Optional.empty();
        int[] palette = palette(view);
        if (a.rows().isPresent()) {
            ResolvedCluster c = a.rows().get();
            var o = new HierarchicalClustering.Options(c.linkage(), c.metric(), c.optimal(ny));
            HierarchicalClustering.Result r = HierarchicalClustering.clusterRows(values, ny, nx, o);
            rows = axis(f, c, r, ny, palette, out);
            if (rows.isPresent()) rowOrder = r.order();
        }
        if (a.columns().isPresent()) {
            ResolvedCluster c = a.columns().get();
            var o = new HierarchicalClustering.Options(c.linkage(), c.metric(), c.optimal(nx));
            HierarchicalClustering.Result r = HierarchicalClustering.clusterColumns(values, ny, nx, o);
            columns = axis(f, c, r, nx, palette, out);
            if (columns.isPresent()) colOrder = r.order();
        }
        CellData changed = new CellData(cells.xKeys(), cells.yKeys(), cells.xLabels(), cells.yLabels(), values,
                cells.colorCodes(), cells.colorKeys(), cells.labels(), tooltips, cells.duplicates(), cells.duplicateExample());
        return new Analyzed(CellOrder.permute(changed, rowOrder, colOrder), rows, columns);
    }

    private static List<ResolvedCluster> clusters(ResolvedAnalysis a) {
        List<ResolvedCluster> out = new ArrayList<>();
        a.rows().ifPresent(out::add);
        a.columns().filter(c -> a.rows().isEmpty() || c.span() != a.rows().get().span()).ifPresent(out::add);
        return out;
    }

    /** The tree and cut of one axis; empty when clustering failed (too many rows: an error). */
    private static Optional<ClusteredAxis> axis(SourceFile f, ResolvedCluster c, HierarchicalClustering.Result r, int n,
                                                int[] palette, List<Diagnostic> out) {
        boolean failed = false;
        for (ClusterMessages.Note note : r.notes()) {
            if (note.code().equals("HM404")) continue; // the checker reported it on the linkage option
            out.add(note.at(f, c.span()));
            failed |= note.severity() == dev.hmspec.diag.Severity.ERROR;
        }
        if (failed) return Optional.empty();
        if (c.order() == ResolvedCluster.Order.AUTO && !c.optimal(n))
            out.add(AnalysisMessages.treeOrderAbove(f, c.span(), n, c.what(), ResolvedCluster.AUTO_OPTIMAL_LIMIT));
        Tree tree = r.tree();
        int[] leaves = tree.leaves(), position = new int[tree.leafCount()];
        for (int j = 0; j < leaves.length; j++) position[leaves[j]] = j;
        int[] cluster = new int[n];
        int k = 0;
        if (c.cut().isPresent()) {
            k = c.cut().getAsInt();
            if (k > tree.leafCount()) {
                out.add(AnalysisMessages.cutAboveRows(f, c.cutSpan(), k, tree.leafCount(), c.what()));
                k = 0;
            } else {
                int[] labels = FlatClusters.maxclust(tree, k).orElseThrow();
                for (int leaf = 0; leaf < labels.length; leaf++) cluster[position[leaf]] = labels[leaf];
            }
        }
        return Optional.of(new ClusteredAxis(c, tree, position, cluster, k, palette));
    }

    /**
     * Cluster colors: a categorical palette other than the grid's own scheme (dark2, or set1 when
     * the grid uses dark2), so that branches never read as cell values.
     */
    private static int[] palette(ResolvedView view) {
        String grid = view.color().options().scheme().orElse("");
        ColorScheme s = Schemes.find(grid.equalsIgnoreCase("dark2") ? "set1" : "dark2").orElseThrow();
        return s.colors().stream().mapToInt(Integer::intValue).toArray();
    }

    /** Small grids carry tooltip text: each cell's gets a line with its normalized value. */
    private static String[] withNormalized(String[] tooltips, double[] values, ResolvedNormalize n) {
        if (tooltips == null) return null;
        ValueFormat fmt = ValueFormat.of(Optional.of(".3~f"), false);
        String label = n.method().specName() + (n.over() == Normalize.Over.ALL ? "" : " by " + n.sliceName());
        String[] out = new String[tooltips.length];
        for (int i = 0; i < out.length; i++) {
            String v = Double.isNaN(values[i]) ? "no data" : fmt.format(values[i]);
            out[i] = tooltips[i] == null ? null : tooltips[i] + "\n" + label + ": " + v;
        }
        return out;
    }

    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }
}
