package dev.hmspec.data;

/**
 * How a long table unrolls a matrix read as one (a wide CSV): row {@code i} holds the row key
 * {@code rowKeys[i / columns]} in field {@code rowsField}, the column key
 * {@code columnKeys[i % columns]} in field {@code columnsField} and the cell's number in
 * {@code valueField}. The compile stage lays such a table onto the grid by arithmetic instead of
 * indexing ten million keys; the key columns are typed as the table's own (one entry per row or
 * column of the matrix), and the row keys are distinct and not null, or the origin is not given.
 */
public record GridOrigin(String rowsField, Column rowKeys, String columnsField, Column columnKeys, String valueField) {
    public int columns() { return columnKeys.size(); }
    public int rows() { return rowKeys.size(); }
}
