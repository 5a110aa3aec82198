package dev.hmspec.cluster;

/**
 * Merges as an algorithm finds them (two cluster representatives and a height, sizes unknown),
 * turned into a {@link Tree} the way SciPy does after the nearest-neighbour chain and the MST:
 * a stable sort by height, then union–find labelling (the new cluster of the k-th merge is n+k,
 * the smaller id goes left).
 */
final class Merges {
    final int n;
    final int[] a;
    final int[] b;
    final double[] h;

    Merges(int n) {
        this.n = n;
        int m = Math.max(0, n - 1);
        a = new int[m]; b = new int[m]; h = new double[m];
    }

    void set(int k, int x, int y, double height) { a[k] = x; b[k] = y; h[k] = height; }

    Tree sortedAndLabelled() {
        int m = h.length;
        Integer[] order = new Integer[m];
        for (int k = 0; k < m; k++) order[k] = k;
        java.util.Arrays.sort(order, (p, q) -> Double.compare(h[p], h[q])); // stable, like mergesort
        int[] parent = new int[2 * n - 1 < 0 ? 0 : 2 * n - 1];
        int[] size = new int[parent.length];
        for (int i = 0; i < parent.length; i++) { parent[i] = i; size[i] = 1; }
        int[] l = new int[m], r = new int[m], s = new int[m];
        double[] hs = new double[m];
        int next = n;
        for (int k = 0; k < m; k++) {
            int o = order[k];
            int x = find(parent, a[o]), y = find(parent, b[o]);
            l[k] = Math.min(x, y); r[k] = Math.max(x, y); hs[k] = h[o];
            parent[x] = next; parent[y] = next;
            size[next] = size[x] + size[y];
            s[k] = size[next];
            next++;
        }
        return new Tree(n, l, r, hs, s);
    }

    private static int find(int[] parent, int x) {
        int root = x;
        while (parent[root] != root) root = parent[root];
        while (parent[x] != root) { int p = parent[x]; parent[x] = root; x = p; }
        return root;
    }
}
