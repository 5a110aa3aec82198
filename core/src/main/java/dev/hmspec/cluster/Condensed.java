package dev.hmspec.cluster;

/**
 * Index arithmetic of a condensed distance matrix: the upper triangle of an n × n matrix, row
 * by row, without the diagonal (SciPy's layout, n(n−1)/2 doubles).
 */
public final class Condensed {
    /** The largest n whose condensed matrix fits a Java array. */
    public static final int MAX_N = 65_536;

    private Condensed() {}

    public static int size(int n) {
        return (int) ((long) n * (n - 1) / 2);
    }

    /** Position of (i, j), i ≠ j, in either order. */
    public static int index(int n, int i, int j) {
        if (i > j) { int t = i; i = j; j = t; }
        return (int) ((long) n * i - (long) i * (i + 1) / 2 + (j - i - 1));
    }

    /** Position of (i, i + 1): row i of the triangle starts here. */
    static int rowStart(int n, int i) {
        return (int) ((long) n * i - (long) i * (i + 1) / 2);
    }
}
