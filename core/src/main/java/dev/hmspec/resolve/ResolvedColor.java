package dev.hmspec.resolve;

import dev.hmspec.source.Span;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The color channel with its choices made: the scale type (the spec's, else from the field's
 * type: number → linear, temporal → time, text → ordinal), whether a legend is drawn, the
 * {@code format} option, and every scale option with its default.
 *
 * @param options     the scale's options ({@code options().type()} equals {@code scale})
 * @param fieldFormat the format of the field's values in tooltips: the field's own, else the {@code format} option
 * @param impute      {@code impute v}: the value of grid cells no row reaches
 */
public record ResolvedColor(ResolvedField field, String scale, boolean legend, Optional<String> format, Span span,
                            ResolvedColorScale options, Optional<String> fieldFormat, OptionalDouble impute) {

    /** A color channel with no options beyond these. */
    public ResolvedColor(ResolvedField field, String scale, boolean legend, Optional<String> format, Span span) {
        this(field, scale, legend, format, span, ResolvedColorScale.defaults(scale, field.name()), format,
                OptionalDouble.empty());
    }

    /** The same channel with its legend drawn or not (a panel or a view on a shared scale). */
    public ResolvedColor withLegend(boolean legend) {
        return new ResolvedColor(field, scale, legend, format, span, options, fieldFormat, impute);
    }
}
