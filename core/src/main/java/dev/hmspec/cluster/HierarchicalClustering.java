package dev.hmspec.cluster;

import dev.hmspec.cluster.ClusterMessages.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Agglomerative clustering of a grid's rows (or columns), the entry point of this package:
 *
 * <pre>
 * grid ─ Distances ─▶ condensed ─ linkage ─▶ Tree ─ OptimalLeafOrdering ─▶ Tree ─ leaves ─▶ order
 * </pre>
 *
 * Each linkage runs the algorithm SciPy runs for it (Müllner 2011): Prim's MST for single,
 * the nearest-neighbour chain for complete, average, weighted and Ward, the generic algorithm
 * for centroid and median. Pure: no I/O, and the same input gives the same bytes.
 */
public final class HierarchicalClustering {
    private HierarchicalClustering() {}

    public record Options(Linkage linkage, Metric metric, boolean optimalOrdering) {
        public Options {
            java.util.Objects.requireNonNull(linkage, "linkage");
            java.util.Objects.requireNonNull(metric, "metric");
        }
    }

    /**
     * The outcome: the tree over the clusterable rows, {@code members[leaf]} the input row of
     * each tree leaf, {@code order} every input row in display order (rows without values last,
     * in input order), and the notes (warnings, or one error and the input order).
     */
    public record Result(Tree tree, int[] members, int[] order, List<Note> notes) {
        public Result {
            members = members.clone();
            order = order.clone();
            notes = List.copyOf(notes);
        }
        @Override public int[] members() { return members.clone(); }
        @Override public int[] order() { return order.clone(); }
    }

    /** SciPy's {@code linkage(y, method)} on a condensed distance matrix of n observations. */
    public static Tree linkage(double[] condensed, int n, Linkage method) {
        if (condensed.length != Condensed.size(n)) throw new IllegalArgumentException("not a condensed matrix of " + n);
        if (n <= 1) return new Tree(n, new int[0], new int[0], new double[0], new int[0]);
        switch (method) {
            case SINGLE: return MstSingle.run(condensed, n);
            case CENTROID: case MEDIAN: return GenericLinkage.run(condensed, n, method);
            default: return NnChain.run(condensed, n, method);
        }
    }

    public static Result clusterRows(double[] grid, int rows, int cols, Options options) {
        return cluster(grid, rows, cols, options, "row");
    }

    public static Result clusterColumns(double[] grid, int rows, int cols, Options options) {
        double[] t = new double[grid.length];
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) t[c * rows + r] = grid[r * cols + c];
        return cluster(t, cols, rows, options, "column");
    }

    private static Result cluster(double[] grid, int rows, int cols, Options o, String what) {
        List<Note> notes = new ArrayList<>();
        if (rows > Condensed.MAX_N) {
            notes.add(ClusterMessages.tooManyRows(rows, what));
            return new Result(empty(), new int[0], identity(rows), notes);
        }
        if (o.linkage().euclideanOnly() && o.metric() != Metric.EUCLIDEAN)
            notes.add(ClusterMessages.nonEuclideanLinkage(o.linkage(), o.metric()));
        int[] members = rowsWithValues(grid, rows, cols);
        int kept = members.length;
        double[] sub = grid;
        if (kept < rows) {
            notes.add(ClusterMessages.emptyRowsPlacedLast(rows - kept, what));
            sub = new double[kept * cols];
            for (int i = 0; i < kept; i++) System.arraycopy(grid, members[i] * cols, sub, i * cols, cols);
        }
        Distances.Result d = Distances.compute(sub, kept, cols, o.metric());
        if (d.undefinedPairs() > 0) notes.add(ClusterMessages.undefinedDistances(d.undefinedPairs(), o.metric()));
        Tree tree = linkage(d.condensed(), kept, o.linkage());
        if (o.optimalOrdering()) tree = OptimalLeafOrdering.order(tree, d.condensed());
        int[] order = new int[rows];
        int at = 0;
        for (int leaf : tree.leaves()) order[at++] = members[leaf];
        boolean[] used = new boolean[rows];
        for (int m : members) used[m] = true;
        for (int r = 0; r < rows; r++) if (!used[r]) order[at++] = r;
        return new Result(tree, members, order, notes);
    }

    private static int[] rowsWithValues(double[] grid, int rows, int cols) {
        int[] keep = new int[rows];
        int n = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (Double.isFinite(grid[r * cols + c])) { keep[n++] = r; break; }
            }
        }
        return java.util.Arrays.copyOf(keep, n);
    }

    private static Tree empty() { return new Tree(0, new int[0], new int[0], new double[0], new int[0]); }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }
}
