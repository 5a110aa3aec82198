package dev.hmspec.cluster;

import java.util.Random;

/** Grids for the properties, built from a seed so QuickTheories can shrink the plain numbers. */
record Grids(int rows, int cols, Kind kind, double[] values) {
    enum Kind { CONTINUOUS, SMALL_INTEGERS, DUPLICATES, MISSING_CELLS, MISSING_ROWS }

    static Grids make(int rows, int cols, Kind kind, long seed) {
        Random r = new Random(seed);
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = kind == Kind.SMALL_INTEGERS ? r.nextInt(3) : r.nextGaussian() * (1 + 100 * (seed % 3));
        }
        if (kind == Kind.DUPLICATES && rows > 1) {
            for (int i = 0; i < rows; i++) {
                if (r.nextBoolean()) System.arraycopy(v, r.nextInt(rows) * cols, v, i * cols, cols);
            }
        }
        if (kind == Kind.MISSING_CELLS || kind == Kind.MISSING_ROWS) {
            for (int i = 0; i < v.length; i++) if (r.nextInt(4) == 0) v[i] = Double.NaN;
        }
        if (kind == Kind.MISSING_ROWS) {
            for (int i = 0; i < rows; i++) {
                if (r.nextInt(3) == 0) java.util.Arrays.fill(v, i * cols, (i + 1) * cols, Double.NaN);
            }
        }
        return new Grids(rows, cols, kind, v);
    }

    boolean tieFree() { return kind == Kind.CONTINUOUS; }

    /** The grid with row i moved to position p[i]. */
    Grids permuted(int[] p) {
        double[] out = new double[values.length];
        for (int i = 0; i < rows; i++) System.arraycopy(values, i * cols, out, p[i] * cols, cols);
        return new Grids(rows, cols, kind, out);
    }

    static int[] shuffle(int n, long seed) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        Random r = new Random(seed);
        for (int i = n - 1; i > 0; i--) { int j = r.nextInt(i + 1); int t = p[i]; p[i] = p[j]; p[j] = t; }
        return p;
    }
}
