package dev.hmspec.resolve;

import dev.hmspec.cluster.Linkage;
import dev.hmspec.cluster.Metric;
import dev.hmspec.source.Span;
import java.util.OptionalInt;

/**
 * One clustered axis with its options, defaults filled in (seaborn's: average linkage,
 * Euclidean distances; optimal leaf ordering up to {@link #AUTO_OPTIMAL_LIMIT} rows).
 *
 * @param rows      true for the y axis (rows of the grid), false for x (columns)
 * @param order     {@code AUTO} unless the spec wrote {@code order optimal} or {@code order tree}
 * @param thickness the dendrogram's depth in px; 0 for {@code dendrogram none}
 */
public record ResolvedCluster(boolean rows, Linkage linkage, Metric metric, Order order, OptionalInt cut,
                              double thickness, Span span, Span cutSpan) {
    public static final double DEFAULT_THICKNESS = 60;
    /** Above this many rows (or columns) {@code AUTO} keeps the tree's own order: see docs/performance.md. */
    public static final int AUTO_OPTIMAL_LIMIT = 1_000;

    public enum Order { AUTO, OPTIMAL, TREE }

    public String what() { return rows ? "row" : "column"; }

    /** Whether the leaves are ordered optimally for a grid of n rows (or columns). */
    public boolean optimal(int n) { return order == Order.OPTIMAL || order == Order.AUTO && n <= AUTO_OPTIMAL_LIMIT; }
}
