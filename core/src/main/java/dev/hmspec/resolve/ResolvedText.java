package dev.hmspec.resolve;

import dev.hmspec.source.Span;

/** The cell-label channel: its field, and the encoding statement (where "labels do not fit" points). */
public record ResolvedText(ResolvedField field, Span span) {}
