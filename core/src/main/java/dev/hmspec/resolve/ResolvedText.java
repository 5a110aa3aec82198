package dev.hmspec.resolve;

import dev.hmspec.source.Span;
import java.util.Optional;

/**
 * The cell-label channel: its field, the encoding statement (where "labels do not fit" points)
 * and the labels' format (the field's own, else the {@code format} option).
 */
public record ResolvedText(ResolvedField field, Span span, Optional<String> format) {
    public ResolvedText(ResolvedField field, Span span) { this(field, span, Optional.empty()); }
}
