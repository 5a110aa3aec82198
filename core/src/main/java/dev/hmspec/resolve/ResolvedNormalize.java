package dev.hmspec.resolve;

import dev.hmspec.analysis.Normalize;
import dev.hmspec.source.Span;

/** {@code normalize zscore by row}, resolved: the method and the slice ({@code all} when none is written). */
public record ResolvedNormalize(Normalize.Method method, Normalize.Over over, Span span) {
    /** The slice as the spec names it: row, column, all. */
    public String sliceName() { return over == Normalize.Over.ROWS ? "row" : over == Normalize.Over.COLUMNS ? "column" : "all"; }
}
