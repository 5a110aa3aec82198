package dev.hmspec.cluster;

/**
 * The nearest-neighbour chain algorithm (Müllner 2011, fig. 4) for the reducible linkages
 * (complete, average, weighted, Ward): O(n²) time on a condensed matrix updated in place.
 * A port of SciPy's {@code nn_chain}, ties included: the chain's previous element wins a tie
 * for the nearest neighbour, then the lowest index.
 */
final class NnChain {
    private NnChain() {}

    static Tree run(double[] dist, int n, Linkage method) {
        double[] d = dist.clone();
        int[] size = new int[n];
        java.util.Arrays.fill(size, 1);
        int[] chain = new int[n];
        int chainLength = 0;
        Merges merges = new Merges(n);
        for (int k = 0; k < n - 1; k++) {
            if (chainLength == 0) {
                chainLength = 1;
                for (int i = 0; i < n; i++) if (size[i] > 0) { chain[0] = i; break; }
            }
            int x, y = 0;
            double currentMin;
            while (true) {
                x = chain[chainLength - 1];
                if (chainLength > 1) {
                    y = chain[chainLength - 2];
                    currentMin = d[Condensed.index(n, x, y)];
                } else {
                    currentMin = Double.POSITIVE_INFINITY;
                }
                // column x above the diagonal, then row x: the same scan order as SciPy's loop over i
                for (int i = 0; i < x; i++) {
                    if (size[i] == 0) continue;
                    double v = d[Condensed.rowStart(n, i) + (x - i - 1)];
                    if (v < currentMin) { currentMin = v; y = i; }
                }
                int row = Condensed.rowStart(n, x) - x - 1;
                for (int i = x + 1; i < n; i++) {
                    if (size[i] == 0) continue;
                    double v = d[row + i];
                    if (v < currentMin) { currentMin = v; y = i; }
                }
                if (chainLength > 1 && y == chain[chainLength - 2]) break;
                chain[chainLength++] = y;
            }
            chainLength -= 2;
            if (x > y) { int t = x; x = y; y = t; }
            int nx = size[x], ny = size[y];
            merges.set(k, x, y, currentMin);
            size[x] = 0;
            size[y] = nx + ny;
            for (int i = 0; i < n; i++) {
                int ni = size[i];
                if (ni == 0 || i == y) continue;
                int iy = Condensed.index(n, i, y);
                d[iy] = method.update(d[Condensed.index(n, i, x)], d[iy], currentMin, nx, ny, ni);
            }
        }
        return merges.sortedAndLabelled();
    }
}
