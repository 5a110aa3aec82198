package dev.hmspec.cluster;

/**
 * Cutting a dendrogram into at most k flat clusters: SciPy's {@code fcluster(Z, k, 'maxclust')}
 * ported step for step (a binary search over each merge's largest height below it, then a
 * depth-first labelling), so labels 1…k are numbered in leaf order of the tree as SciPy does.
 */
public final class FlatClusters {
    private FlatClusters() {}

    /** labels[leaf] in 1…k, or empty for k < 1 (see {@link ClusterMessages#badClusterCount}). */
    public static java.util.Optional<int[]> maxclust(Tree tree, int k) {
        if (k < 1) return java.util.Optional.empty();
        int n = tree.leafCount();
        int[] labels = new int[n];
        if (k >= n) {
            for (int i = 0; i < n; i++) labels[i] = i + 1;
            return java.util.Optional.of(labels);
        }
        double[] maxDist = new double[n - 1];
        for (int r = 0; r < n - 1; r++) { // children come before parents, so one pass suffices
            double m = tree.height(r);
            if (tree.left(r) >= n) m = Math.max(m, maxDist[tree.left(r) - n]);
            if (tree.right(r) >= n) m = Math.max(m, maxDist[tree.right(r) - n]);
            maxDist[r] = m;
        }
        int lower = -1, upper = n - 1;
        while (upper - lower > 1) {
            int i = (lower + upper) >> 1;
            if (countClusters(tree, maxDist, maxDist[i], k) > k) lower = i; else upper = i;
        }
        label(tree, maxDist, maxDist[upper], labels);
        return java.util.Optional.of(labels);
    }

    /** Clusters formed at this threshold, counting stops once above max. */
    private static int countClusters(Tree t, double[] mc, double thresh, int max) {
        int n = t.leafCount(), nc = 0, top = 0;
        boolean[] visited = new boolean[2 * n - 1];
        int[] stack = new int[n];
        stack[0] = 2 * n - 2;
        while (top >= 0) {
            int root = stack[top] - n, l = t.left(root), r = t.right(root);
            if (mc[root] <= thresh) {
                if (++nc > max) return nc;
                top--;
                visited[l] = true; visited[r] = true;
                continue;
            }
            if (!visited[l]) {
                visited[l] = true;
                if (l >= n) { stack[++top] = l; continue; }
                if (++nc > max) return nc;
            }
            if (!visited[r]) {
                visited[r] = true;
                if (r >= n) { stack[++top] = r; continue; }
                if (++nc > max) return nc;
            }
            top--;
        }
        return nc;
    }

    private static void label(Tree t, double[] mc, double cutoff, int[] labels) {
        int n = t.leafCount(), top = 0, count = 0, leader = -1;
        boolean[] visited = new boolean[2 * n - 1];
        int[] stack = new int[n];
        stack[0] = 2 * n - 2;
        while (top >= 0) {
            int root = stack[top] - n, l = t.left(root), r = t.right(root);
            if (leader == -1 && mc[root] <= cutoff) { leader = root; count++; }
            if (l >= n && !visited[l]) { visited[l] = true; stack[++top] = l; continue; }
            if (r >= n && !visited[r]) { visited[r] = true; stack[++top] = r; continue; }
            if (l < n) { if (leader == -1) count++; labels[l] = count; }
            if (r < n) { if (leader == -1) count++; labels[r] = count; }
            if (leader == root) leader = -1;
            top--;
        }
    }
}
