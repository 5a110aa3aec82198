package dev.hmspec.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A SELECT we generated, with its bound parameters in order and its typed columns. Every relation
 * also carries the hidden {@link #ROW} column: the source's row order, kept through filters and
 * derives and reduced with MIN by aggregates, so that results come back in the order the
 * in-memory engine produces them (first seen).
 */
public record Relation(String sql, List<Object> params, List<SqlColumn> columns) {
    public static final String ROW = "__hm_row";

    public Relation {
        params = Collections.unmodifiableList(new ArrayList<>(params));
        columns = List.copyOf(columns);
    }

    public Optional<SqlColumn> column(String name) {
        for (SqlColumn c : columns) if (c.name().equals(name)) return Optional.of(c);
        return Optional.empty();
    }

    public List<String> names() { return columns.stream().map(SqlColumn::name).toList(); }
}
