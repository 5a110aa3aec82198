package dev.hmspec.resolve;

import dev.hmspec.data.FieldType;
import dev.hmspec.source.Span;

/** A field bound to a column of the view's table, with the column's type and where the spec names it. */
public record ResolvedField(String name, FieldType type, Span span) {}
