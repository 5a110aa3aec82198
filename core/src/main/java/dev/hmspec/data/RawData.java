package dev.hmspec.data;

import java.util.List;

/** What a source yields before shaping and typing: named columns, or a grid (matrix input). */
sealed interface RawData permits RawData.Columns, RawData.Grid {

    /** Long-form columns of equal size, in first-seen order. */
    record Columns(List<RawColumn> columns, int rows) implements RawData {
        public Columns { columns = List.copyOf(columns); }

        List<String> names() { return columns.stream().map(c -> c.name).toList(); }
    }

    /**
     * A JSON-like tree for matrix input: a List of row Lists, or a Map with width, height and
     * values. Cells are Number, String, Boolean or null.
     */
    record Grid(Object tree) implements RawData {}
}
