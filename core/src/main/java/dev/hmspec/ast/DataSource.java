package dev.hmspec.ast;

import dev.hmspec.source.Span;

/** Where a view's rows come from. */
public sealed interface DataSource permits DataSource.File, DataSource.Inline, DataSource.Sql {
    Span span();

    /** A CSV, TSV, JSON or Parquet file (or a glob of Parquet files), path relative to the spec file. */
    record File(String path, Span span) implements DataSource {}

    /**
     * Inline JSON-like values: an array of objects (long form) or an array of arrays (matrix).
     * Values are {@code List}, {@code Map<String,Object>} (insertion-ordered), {@code Double},
     * {@code String}, {@code Boolean} or {@code null}.
     */
    record Inline(Object value, Span span) implements DataSource {}

    /**
     * {@code sql "jdbc:…" query "select …"}, {@code sql connection "warehouse" table "t"}: rows from a
     * database. {@code target} is a JDBC URL, or a connection name when {@code named}; {@code relation}
     * is a query, or a table name when {@code table}.
     */
    record Sql(Text target, boolean named, Text relation, boolean table, Span span) implements DataSource {}

    /** A string literal's value with the span of the literal, so diagnostics point at it. */
    record Text(String value, Span span) {}
}
