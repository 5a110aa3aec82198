package dev.hmspec.compile;

import dev.hmspec.cluster.Tree;
import dev.hmspec.resolve.ResolvedCluster;

/**
 * One clustered axis after the grid was reordered: the tree over the rows (or columns) that
 * had values, where each tree leaf now sits, and, with {@code cut k}, each position's cluster.
 *
 * @param leafPosition band index (after reordering) of each tree leaf
 * @param cluster      per band index, its flat cluster 1…k, or 0 (no cut, or a row outside the tree)
 * @param palette      branch and bar color of cluster c at {@code palette[(c - 1) % length]}
 */
record ClusteredAxis(ResolvedCluster spec, Tree tree, int[] leafPosition, int[] cluster, int k, int[] palette) {
    /** Whether a dendrogram is drawn (the tree has a merge and the spec did not say {@code dendrogram none}). */
    boolean drawn() { return spec.thickness() > 0 && tree.merges() > 0; }

    int colorOf(int clusterLabel) { return palette[(clusterLabel - 1) % palette.length]; }
}
