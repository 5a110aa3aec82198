package dev.hmspec.scene;

/**
 * A clustered axis's tree for the page runtime, as compact arrays (SciPy's linkage matrix in
 * columns): merge k joins ids {@code left[k]} and {@code right[k]} (ids below {@code leaves}
 * are leaves, {@code leaves + j} is merge j) at {@code height[k]}. Leaf i sits on band
 * {@code leafBand[i]} of the axis; bands without a leaf (rows without values) are outside the
 * tree. {@code cluster[band]} is the band's flat cluster (0: none) and {@code clusterColor[c - 1]}
 * its color; {@code drawn} is false for {@code dendrogram none} (the order and the cluster bar stay).
 *
 * @param axis "y" for rows (tree on the left), "x" for columns (tree on top)
 */
public record DendrogramInfo(String axis, int leaves, int[] left, int[] right, double[] height, int[] leafBand,
                             int bands, int[] cluster, int[] clusterColor, boolean drawn) {
    public DendrogramInfo {
        if (left.length != Math.max(0, leaves - 1) || right.length != left.length || height.length != left.length)
            throw new IllegalArgumentException("a tree of " + leaves + " leaves has " + (leaves - 1) + " merges");
        if (leafBand.length != leaves || cluster.length != bands) throw new IllegalArgumentException("array sizes");
    }
}
