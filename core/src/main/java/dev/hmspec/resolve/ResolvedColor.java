package dev.hmspec.resolve;

import dev.hmspec.source.Span;
import java.util.Optional;

/**
 * The color channel with its choices made: the scale type (the spec's, else from the field's
 * type: number → linear, temporal → time, text → ordinal), whether a legend is drawn, and the
 * value format.
 */
public record ResolvedColor(ResolvedField field, String scale, boolean legend, Optional<String> format, Span span) {}
