package dev.hmspec.cluster;

/**
 * The nearest-neighbour chain algorithm (Müllner 2011, fig. 4) for the reducible linkages
 * (complete, average, weighted, Ward): O(n²) time on a condensed matrix updated in place.
 * A port of SciPy's {@code nn_chain}, ties included: the chain's previous element wins a tie
 * for the nearest neighbour, then the lowest index.
 */
final class NnChain {
    private NnChain() {}

    /** Above this many rows the working copy stays condensed (half the memory, slower column reads). */
    static final int SQUARE_MAX = 8192;

    static Tree run(double[] dist, int n, Linkage method) {
        return run(dist, n, method, n <= SQUARE_MAX);
    }

    static Tree run(double[] dist, int n, Linkage method, boolean square) {
        return square ? run(new Square(dist, n), n, method) : run(new Triangle(dist, n), n, method);
    }

    /** The working copy of the distances: read a row, write a symmetric pair. */
    private interface Matrix {
        double get(int i, int j);
        /** Scans row x (skipping dead rows) for a distance below current, lowest index first. */
        int nearest(int x, int[] size, double current, int y, double[] out);
        void set(int i, int j, double v);
    }

    /** Full n × n copy: every scan reads one contiguous row (the condensed layout strides for i < x). */
    private static final class Square implements Matrix {
        private final double[] d;
        private final int n;

        Square(double[] c, int n) {
            this.n = n;
            d = new double[n * n];
            for (int i = 0; i < n; i++) {
                int start = Condensed.rowStart(n, i) - i - 1;
                for (int j = i + 1; j < n; j++) { d[i * n + j] = c[start + j]; d[j * n + i] = c[start + j]; }
            }
        }

        public double get(int i, int j) { return d[i * n + j]; }

        public int nearest(int x, int[] size, double current, int y, double[] out) {
            int row = x * n;
            for (int i = 0; i < n; i++) {
                if (size[i] == 0 || i == x) continue;
                double v = d[row + i];
                if (v < current) { current = v; y = i; }
            }
            out[0] = current;
            return y;
        }

        public void set(int i, int j, double v) { d[i * n + j] = v; d[j * n + i] = v; }
    }

    private static final class Triangle implements Matrix {
        private final double[] d;
        private final int n;

        Triangle(double[] c, int n) { this.n = n; d = c.clone(); }

        public double get(int i, int j) { return d[Condensed.index(n, i, j)]; }

        public int nearest(int x, int[] size, double current, int y, double[] out) {
            for (int i = 0; i < x; i++) {
                if (size[i] == 0) continue;
                double v = d[Condensed.rowStart(n, i) + (x - i - 1)];
                if (v < current) { current = v; y = i; }
            }
            int row = Condensed.rowStart(n, x) - x - 1;
            for (int i = x + 1; i < n; i++) {
                if (size[i] == 0) continue;
                double v = d[row + i];
                if (v < current) { current = v; y = i; }
            }
            out[0] = current;
            return y;
        }

        public void set(int i, int j, double v) { d[Condensed.index(n, i, j)] = v; }
    }

    private static Tree run(Matrix d, int n, Linkage method) {
        int[] size = new int[n];
        java.util.Arrays.fill(size, 1);
        int[] chain = new int[n];
        int chainLength = 0;
        double[] found = new double[1];
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
                    currentMin = d.get(x, y);
                } else {
                    currentMin = Double.POSITIVE_INFINITY;
                }
                // ascending i with a strict <: the same scan order as SciPy's loop
                y = d.nearest(x, size, currentMin, y, found);
                currentMin = found[0];
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
                d.set(i, y, method.update(d.get(x, i), d.get(y, i), currentMin, nx, ny, ni)); // rows x, y: contiguous
            }
        }
        return merges.sortedAndLabelled();
    }
}
