package dev.hmspec.data.matrix;

import java.util.List;

/**
 * A numeric grid as read: {@code rows × columns} doubles, row-major ({@code values[r * columns + c]}),
 * NaN for a missing cell, with the row keys (the key column's text) and the column keys (the
 * header's names, without the key column). A headerless grid ({@code matrix} input) has no keys:
 * both lists are empty and cells are addressed by index.
 */
public record Matrix(int rows, int columns, List<String> rowKeys, List<String> columnKeys, double[] values) {
    public Matrix {
        rowKeys = List.copyOf(rowKeys);
        columnKeys = List.copyOf(columnKeys);
        if ((long) rows * columns != values.length) {
            throw new IllegalArgumentException(rows + " x " + columns + " cells, but " + values.length + " values");
        }
        if (!rowKeys.isEmpty() && rowKeys.size() != rows) throw new IllegalArgumentException("row keys: " + rowKeys.size());
        if (!columnKeys.isEmpty() && columnKeys.size() != columns) {
            throw new IllegalArgumentException("column keys: " + columnKeys.size());
        }
    }

    public double value(int row, int column) { return values[row * columns + column]; }
}
