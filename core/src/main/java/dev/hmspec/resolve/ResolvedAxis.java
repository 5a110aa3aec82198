package dev.hmspec.resolve;

import dev.hmspec.source.Span;
import java.util.Optional;

/**
 * A position channel (x or y) with its options resolved: whether the axis is drawn, its title
 * (the field's name unless the spec gave one; empty when the axis is hidden), a forced label
 * angle, and the band scale's padding and rounding.
 *
 * @param span the encoding statement, for diagnostics about this axis
 */
public record ResolvedAxis(ResolvedField field, boolean shown, String title, Optional<Double> labelAngle,
                           double padding, boolean round, Span span) {}
