package dev.hmspec.ast;

import dev.hmspec.source.Span;

/**
 * {@code layout rows} (views stacked, the default), {@code layout columns} (side by side) or
 * {@code layout wrap N} (rows of N views), at file level.
 */
public record FileLayout(Kind kind, int columns, Span columnsSpan, Span span) {
    public enum Kind { ROWS, COLUMNS, WRAP }
}
