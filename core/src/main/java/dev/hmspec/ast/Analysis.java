package dev.hmspec.ast;

import dev.hmspec.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * Statements that work on the final grid (after every transform), not on the table:
 * {@code normalize} rescales the cell values, {@code cluster} reorders the rows or columns and
 * draws dendrograms. Names are kept as written; the checker validates them (did-you-mean).
 */
public sealed interface Analysis extends Statement permits Analysis.Normalize, Analysis.Cluster {

    /** {@code normalize zscore by row}: method and, when written, the slice ({@code row}, {@code column}, {@code all}). */
    record Normalize(Name method, Optional<Name> over, Span span) implements Analysis {}

    /** {@code cluster rows { linkage average  metric correlation  cut 3 }}: target rows, columns or both. */
    record Cluster(Name target, List<ClusterOption> options, Span span) implements Analysis {
        public Cluster { options = List.copyOf(options); }

        public <T extends ClusterOption> Optional<T> option(Class<T> kind) {
            T found = null;
            for (ClusterOption o : options) if (kind.isInstance(o)) found = kind.cast(o);
            return Optional.ofNullable(found);
        }
    }

    /** One option inside a cluster block. */
    sealed interface ClusterOption permits LinkageOption, MetricOption, OrderOption, Cut, Dendrogram, UnknownOption {
        Span span();
    }

    record LinkageOption(Name name, Span span) implements ClusterOption {}
    record MetricOption(Name name, Span span) implements ClusterOption {}
    /** {@code order optimal} (optimal leaf ordering) or {@code order tree} (the linkage's own order). */
    record OrderOption(Name name, Span span) implements ClusterOption {}
    /** {@code cut 3}: color the tree's branches by 3 flat clusters and draw a cluster bar. */
    record Cut(double k, Span valueSpan, Span span) implements ClusterOption {}
    /** {@code dendrogram 80} (thickness in px) or {@code dendrogram none} (order kept, tree hidden). */
    record Dendrogram(Optional<Double> thickness, Span span) implements ClusterOption {}
    /** A misspelt option name, kept for the checker's did-you-mean. */
    record UnknownOption(Name name, Span span) implements ClusterOption {}
}
