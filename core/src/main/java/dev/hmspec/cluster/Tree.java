package dev.hmspec.cluster;

import java.util.Arrays;

/**
 * A dendrogram in SciPy's linkage-matrix form: merge k (0 ≤ k < n−1) joins clusters
 * {@code left(k)} and {@code right(k)} at {@code height(k)} into cluster n+k of {@code size(k)}
 * leaves; ids below n are leaves. Immutable (arrays are copied in and never handed out).
 */
public final class Tree {
    private final int n;
    private final int[] left;
    private final int[] right;
    private final double[] height;
    private final int[] size;

    public Tree(int n, int[] left, int[] right, double[] height, int[] size) {
        if (n < 0) throw new IllegalArgumentException("n < 0");
        int m = Math.max(0, n - 1);
        if (left.length != m || right.length != m || height.length != m || size.length != m)
            throw new IllegalArgumentException("a tree of " + n + " leaves has " + m + " merges");
        this.n = n;
        this.left = left.clone();
        this.right = right.clone();
        this.height = height.clone();
        this.size = size.clone();
    }

    /** From SciPy's row-major (n−1) × 4 matrix. */
    public static Tree fromMatrix(double[] z) {
        int m = z.length / 4;
        int[] l = new int[m], r = new int[m], s = new int[m];
        double[] h = new double[m];
        for (int k = 0; k < m; k++) {
            l[k] = (int) z[4 * k]; r[k] = (int) z[4 * k + 1]; h[k] = z[4 * k + 2]; s[k] = (int) z[4 * k + 3];
        }
        return new Tree(m + 1, l, r, h, s);
    }

    public int leafCount() { return n; }
    public int merges() { return left.length; }
    public int left(int k) { return left[k]; }
    public int right(int k) { return right[k]; }
    public double height(int k) { return height[k]; }
    public int size(int k) { return size[k]; }

    /** SciPy's row-major linkage matrix (a fresh array). */
    public double[] toMatrix() {
        double[] z = new double[4 * merges()];
        for (int k = 0; k < merges(); k++) {
            z[4 * k] = left[k]; z[4 * k + 1] = right[k]; z[4 * k + 2] = height[k]; z[4 * k + 3] = size[k];
        }
        return z;
    }

    /** The leaves left to right, as SciPy's {@code leaves_list}: depth first, left child first. */
    public int[] leaves() {
        if (n <= 1) return n == 1 ? new int[] {0} : new int[0];
        int[] out = new int[n];
        int[] stack = new int[n];
        int top = 0, next = 0;
        stack[0] = 2 * n - 2;
        while (top >= 0) {
            int id = stack[top--];
            if (id < n) { out[next++] = id; continue; }
            stack[++top] = right[id - n];
            stack[++top] = left[id - n];
        }
        return out;
    }

    /** The same tree with the children of every merge k where {@code flip[k]} swapped. */
    Tree withSwaps(boolean[] flip) {
        int[] l = left.clone(), r = right.clone();
        for (int k = 0; k < flip.length; k++) {
            if (flip[k]) { l[k] = right[k]; r[k] = left[k]; }
        }
        return new Tree(n, l, r, height, size);
    }

    @Override public boolean equals(Object o) {
        return o instanceof Tree t && n == t.n && Arrays.equals(left, t.left) && Arrays.equals(right, t.right)
                && Arrays.equals(height, t.height) && Arrays.equals(size, t.size);
    }

    @Override public int hashCode() {
        return 31 * Arrays.hashCode(left) + Arrays.hashCode(height);
    }

    @Override public String toString() {
        return "Tree[n=" + n + ", z=" + Arrays.toString(toMatrix()) + "]";
    }
}
