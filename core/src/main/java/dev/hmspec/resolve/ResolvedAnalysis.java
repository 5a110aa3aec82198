package dev.hmspec.resolve;

import dev.hmspec.source.Span;
import java.util.Optional;

/**
 * What the view does to its final grid before drawing: normalize the values, cluster the rows
 * and/or columns, and choose a robust color domain. {@link #NONE} for a plain heatmap.
 */
public record ResolvedAnalysis(Optional<ResolvedNormalize> normalize, Optional<ResolvedCluster> rows,
                               Optional<ResolvedCluster> columns, Optional<Span> robust) {
    public static final ResolvedAnalysis NONE =
            new ResolvedAnalysis(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public boolean any() { return normalize.isPresent() || rows.isPresent() || columns.isPresent() || robust.isPresent(); }
}
