package dev.hmspec.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A columnar, immutable table: named typed columns of equal length, in order. */
public final class Table {
    private final List<Column> columns;
    private final Map<String, Column> byName;
    private final int rowCount;
    private final GridOrigin origin;

    public Table(List<Column> columns, int rowCount) { this(columns, rowCount, null); }

    /** A table that is a matrix laid out long ({@code origin}: see {@link GridOrigin}); derived tables drop it. */
    public Table(List<Column> columns, int rowCount, GridOrigin origin) {
        this.origin = origin;
        this.columns = List.copyOf(columns);
        this.rowCount = rowCount;
        this.byName = new LinkedHashMap<>();
        for (Column c : this.columns) {
            if (c.size() != rowCount) throw new IllegalArgumentException("column " + c.name() + " has " + c.size() + " rows, expected " + rowCount);
            byName.put(c.name(), c);
        }
    }

    public static Table of(List<Column> columns) {
        return new Table(columns, columns.isEmpty() ? 0 : columns.get(0).size());
    }

    public int rowCount() { return rowCount; }

    /** The matrix this table unrolls, when it was read as one and nothing has changed it since. */
    public Optional<GridOrigin> gridOrigin() { return Optional.ofNullable(origin); }
    public List<Column> columns() { return columns; }
    public List<String> columnNames() { return List.copyOf(byName.keySet()); }
    public Optional<Column> find(String name) { return Optional.ofNullable(byName.get(name)); }

    public Column column(String name) {
        Column c = byName.get(name);
        if (c == null) throw new IllegalArgumentException("no column " + name);
        return c;
    }

    /** This table with the column added, or replacing one of the same name in place. */
    public Table with(Column column) {
        List<Column> out = new ArrayList<>(columns);
        int i = columnNames().indexOf(column.name());
        if (i >= 0) out.set(i, column); else out.add(column);
        return new Table(out, column.size());
    }

    public Table select(int[] rows) {
        List<Column> out = new ArrayList<>(columns.size());
        for (Column c : columns) out.add(c.select(rows));
        return new Table(out, rows.length);
    }
}
