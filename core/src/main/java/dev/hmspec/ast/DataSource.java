package dev.hmspec.ast;

import dev.hmspec.source.Span;

/** Where a view's rows come from. */
public sealed interface DataSource permits DataSource.File, DataSource.Inline {
    Span span();

    /** A CSV or JSON file, path relative to the spec file. */
    record File(String path, Span span) implements DataSource {}

    /**
     * Inline JSON-like values: an array of objects (long form) or an array of arrays (matrix).
     * Values are {@code List}, {@code Map<String,Object>} (insertion-ordered), {@code Double},
     * {@code String}, {@code Boolean} or {@code null}.
     */
    record Inline(Object value, Span span) implements DataSource {}
}
