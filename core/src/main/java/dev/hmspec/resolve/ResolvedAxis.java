package dev.hmspec.resolve;

import dev.hmspec.source.Span;
import java.util.Optional;

/**
 * A position channel (x or y) with its options resolved: whether the axis is drawn, its title
 * (the field's name unless the spec gave one; empty when the axis is hidden), a forced label
 * angle, the band scale's padding and rounding, and how its categories are ordered and printed.
 *
 * @param span        the encoding statement, for diagnostics about this axis
 * @param sort        the categories' order ({@link ResolvedSort#DEFAULT} unless the spec sorts)
 * @param reverse     whether that order is reversed ({@code reverse})
 * @param fieldFormat the format of the field's values: the field's own, else the {@code format} option
 */
public record ResolvedAxis(ResolvedField field, boolean shown, String title, Optional<Double> labelAngle,
                           double padding, boolean round, Span span, ResolvedSort sort, boolean reverse,
                           Optional<String> fieldFormat) {

    /** An axis in the default order, with no format. */
    public ResolvedAxis(ResolvedField field, boolean shown, String title, Optional<Double> labelAngle,
                        double padding, boolean round, Span span) {
        this(field, shown, title, labelAngle, padding, round, span, ResolvedSort.DEFAULT, false, Optional.empty());
    }

    /** The same axis not drawn (a facet panel's inner axes): its bands keep their order and padding. */
    public ResolvedAxis hidden() {
        return new ResolvedAxis(field, false, "", labelAngle, padding, round, span, sort, reverse, fieldFormat);
    }
}
