package dev.hmspec.cluster;

import java.util.Arrays;

/**
 * Optimal leaf ordering (Bar-Joseph, Gifford and Jaakkola 2001): flips the children of merges
 * so that the sum of distances between adjacent leaves is minimal among the 2^(n−1) orders of
 * the same tree. The table of best partial sums is SciPy's ({@code optimal_leaf_ordering}:
 * single precision, the same arithmetic and tie rule for the best end pair), but the flips come
 * from a proper back-tracking from the root, so the order is optimal also where SciPy's is not
 * (scipy/scipy#11227); where SciPy's order is optimal and unique, both are equal (fixtures).
 * Memory: an n × n float table (100 MB at n = 5,000).
 */
public final class OptimalLeafOrdering {
    private static final float BIG = 1073741824f; // SciPy's 2^30 "infinity"

    private OptimalLeafOrdering() {}

    /** The tree with children flipped for the optimal order; heights and sizes unchanged. */
    public static Tree order(Tree tree, double[] condensed) {
        int n = tree.leafCount();
        if (n < 3) return tree;
        int m = n - 1;
        int[] leaves = tree.leaves();
        int[] pos = new int[n];
        for (int i = 0; i < n; i++) pos[leaves[i]] = i;
        int[] zl = new int[m], zr = new int[m];
        int[] lo = new int[2 * n - 1], hi = new int[2 * n - 1];
        for (int i = 0; i < n; i++) { lo[i] = i; hi[i] = i + 1; }
        for (int k = 0; k < m; k++) {
            zl[k] = tree.left(k) < n ? pos[tree.left(k)] : tree.left(k);
            zr[k] = tree.right(k) < n ? pos[tree.right(k)] : tree.right(k);
            lo[n + k] = lo[zl[k]];
            hi[n + k] = hi[zr[k]];
        }
        SortedDistances d = new SortedDistances(condensed, n, leaves);
        boolean[] flip = new Swaps(n, zl, zr, lo, hi, d).flips();
        return tree.withSwaps(flip);
    }

    /** The condensed distances re-indexed by leaf position, so (m, k) reads without a lookup table. */
    static final class SortedDistances {
        private final int n;
        private final double[] d;

        /**
         * SciPy's table treats 2^30 as infinity, so long orders of large distances (a sum over
         * 5,000 leaves of 1e6 each) would all look infinite. Distances are scaled by a power of
         * two (exact in float and double, so every comparison is unchanged) to keep sums below 2^28.
         */
        SortedDistances(double[] condensed, int n, int[] leaves) {
            this.n = n;
            this.d = new double[condensed.length];
            double max = 0;
            for (double v : condensed) if (v > max) max = v;
            double scale = max * n < 0x1p28 ? 1 : Math.scalb(1.0, -(Math.getExponent(max * n) - 27));
            for (int a = 0; a < n; a++) {
                int start = Condensed.rowStart(n, a) - a - 1;
                for (int b = a + 1; b < n; b++) d[start + b] = scale * condensed[Condensed.index(n, leaves[a], leaves[b])];
            }
        }

        double get(int a, int b) {
            return a < b ? d[Condensed.rowStart(n, a) + (b - a - 1)] : d[Condensed.rowStart(n, b) + (a - b - 1)];
        }
    }
}
