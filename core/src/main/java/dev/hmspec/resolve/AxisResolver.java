package dev.hmspec.resolve;

import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.Statement;

/** A position channel's options, read once from the checked AST with their defaults. */
final class AxisResolver {
    private AxisResolver() {}

    static ResolvedAxis axis(ResolvedField field, Statement.Encoding e) {
        boolean shown = e.option(EncodingOption.AxisNone.class).isEmpty();
        String title = !shown ? ""
                : e.option(EncodingOption.Title.class).map(EncodingOption.Title::text).orElse(e.field().field().text());
        double padding = e.option(EncodingOption.Padding.class).map(EncodingOption.Padding::fraction).orElse(0.0);
        ResolvedSort sort = e.option(EncodingOption.Sort.class).map(s -> sort(s.order())).orElse(ResolvedSort.DEFAULT);
        return new ResolvedAxis(field, shown, title,
                e.option(EncodingOption.LabelAngle.class).map(EncodingOption.LabelAngle::degrees),
                padding, OptionReads.flag(e, EncodingOption.FlagKind.ROUND), e.span(), sort,
                OptionReads.flag(e, EncodingOption.FlagKind.REVERSE), OptionReads.fieldFormat(e, 0));
    }

    static ResolvedSort sort(EncodingOption.SortOrder order) {
        if (order instanceof EncodingOption.Ascending) return ResolvedSort.of(ResolvedSort.Kind.ASCENDING);
        if (order instanceof EncodingOption.Descending) return ResolvedSort.of(ResolvedSort.Kind.DESCENDING);
        if (order instanceof EncodingOption.Natural) return ResolvedSort.of(ResolvedSort.Kind.NATURAL);
        if (order instanceof EncodingOption.ByField by)
            return ResolvedSort.byField(by.field().text(), by.descending(), by.aggregateName());
        return ResolvedSort.explicit(((EncodingOption.Explicit) order).values());
    }
}
