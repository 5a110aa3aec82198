package dev.hmspec.check;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.diag.Suggest;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.util.List;
import java.util.Optional;

/** Messages for {@code sort by aggregate(field)} and {@code impute}. */
public final class SortMessages {
    private SortMessages() {}

    /** The aggregates a band axis can be sorted by; {@code sum} is the default of {@code sort by field}. */
    public static final List<String> SORT_AGGREGATES = List.of("sum", "mean", "median", "min", "max", "count");

    public static Diagnostic unknownSortAggregate(SourceFile f, Span s, String name) {
        return Messages.error("HM121", f, s, "unknown aggregate \"" + name + "\" for sort by",
                Suggest.didYouMean(name, SORT_AGGREGATES)
                        .or(() -> Optional.of("sort by one of: " + String.join(", ", SORT_AGGREGATES))));
    }

    public static Diagnostic imputeNeedsNumbers(SourceFile f, Span s, String field, String type) {
        return Messages.error("HM122", f, s, "impute fills empty cells with a number, but color field \"" + field
                + "\" holds " + type, Optional.of("remove impute, or color by a numeric field"));
    }
}
