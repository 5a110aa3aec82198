package dev.hmspec.cluster;

/**
 * Müllner's generic clustering algorithm (2011, fig. 3) with a heap of nearest-neighbour
 * candidates: O(n²) in practice, O(n³) at worst. Used for centroid and median, whose merges
 * are not reducible. A port of SciPy's {@code fast_linkage}; merges stay in the order found
 * (heights may decrease: inversions), ids are assigned as found.
 */
final class GenericLinkage {
    private GenericLinkage() {}

    static Tree run(double[] dist, int n, Linkage method) {
        int m = n - 1;
        if (m <= 0) return new Tree(n, new int[0], new int[0], new double[0], new int[0]);
        double[] d = dist.clone();
        int[] size = new int[n];
        java.util.Arrays.fill(size, 1);
        int[] clusterId = new int[n];
        for (int i = 0; i < n; i++) clusterId[i] = i;
        int[] neighbor = new int[m];
        double[] minDist = new double[m];
        for (int x = 0; x < m; x++) {
            neighbor[x] = nearest(d, n, size, x);
            minDist[x] = d[Condensed.index(n, x, neighbor[x])];
        }
        MinHeap heap = new MinHeap(minDist);
        int[] l = new int[m], r = new int[m], s = new int[m];
        double[] h = new double[m];
        for (int k = 0; k < m; k++) {
            int x = 0, y = 0;
            double dist0 = 0;
            for (int i = 0; i < n - k; i++) {
                x = heap.minKey();
                dist0 = heap.minValue();
                y = neighbor[x];
                if (dist0 == d[Condensed.index(n, x, y)]) break;
                y = nearest(d, n, size, x);
                dist0 = d[Condensed.index(n, x, y)];
                neighbor[x] = y;
                minDist[x] = dist0;
                heap.change(x, dist0);
            }
            heap.removeMin();
            int idX = clusterId[x], idY = clusterId[y];
            int nx = size[x], ny = size[y];
            l[k] = Math.min(idX, idY); r[k] = Math.max(idX, idY); h[k] = dist0; s[k] = nx + ny;
            size[x] = 0;
            size[y] = nx + ny;
            clusterId[y] = n + k;
            for (int z = 0; z < n; z++) {
                int nz = size[z];
                if (nz == 0 || z == y) continue;
                int zy = Condensed.index(n, z, y);
                d[zy] = method.update(d[Condensed.index(n, z, x)], d[zy], dist0, nx, ny, nz);
            }
            for (int z = 0; z < x; z++) if (size[z] > 0 && neighbor[z] == x) neighbor[z] = y;
            for (int z = 0; z < y; z++) {
                if (size[z] == 0) continue;
                double v = d[Condensed.index(n, z, y)];
                if (v < minDist[z]) { neighbor[z] = y; minDist[z] = v; heap.change(z, v); }
            }
            if (y < n - 1) {
                int z = nearest(d, n, size, y);
                if (z != -1) {
                    neighbor[y] = z;
                    minDist[y] = d[Condensed.index(n, y, z)];
                    heap.change(y, minDist[y]);
                }
            }
        }
        return new Tree(n, l, r, h, s);
    }

    /** The live cluster above x nearest to it (lowest index on ties), or −1 when none is left. */
    private static int nearest(double[] d, int n, int[] size, int x) {
        double best = Double.POSITIVE_INFINITY;
        int y = -1;
        int row = Condensed.rowStart(n, x) - x - 1;
        for (int i = x + 1; i < n; i++) {
            if (size[i] == 0) continue;
            if (d[row + i] < best) { best = d[row + i]; y = i; }
        }
        return y;
    }
}
