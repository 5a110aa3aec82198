package dev.hmspec.cluster;

/**
 * Single linkage by Prim's minimum spanning tree (O(n²) time, O(n) extra memory), a port of
 * SciPy's {@code mst_single_linkage}: the tree grows from leaf 0, ties go to the lowest index.
 */
final class MstSingle {
    private MstSingle() {}

    static Tree run(double[] dist, int n) {
        boolean[] merged = new boolean[n];
        double[] best = new double[n];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        Merges merges = new Merges(n);
        int x = 0, y = 0;
        for (int k = 0; k < n - 1; k++) {
            double currentMin = Double.POSITIVE_INFINITY;
            merged[x] = true;
            for (int i = 0; i < n; i++) {
                if (merged[i]) continue;
                double v = dist[Condensed.index(n, x, i)];
                if (best[i] > v) best[i] = v;
                if (best[i] < currentMin) { y = i; currentMin = best[i]; }
            }
            merges.set(k, x, y, currentMin);
            x = y;
        }
        return merges.sortedAndLabelled();
    }
}
