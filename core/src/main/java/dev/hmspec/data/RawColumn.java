package dev.hmspec.data;

import java.util.Arrays;

/**
 * Cells of one column as read, before typing: String, Double, Boolean or null. {@code stride}
 * maps a cell to its source row for messages (a wide row yields {@code stride} cells).
 */
final class RawColumn {
    final String name;
    private Object[] cells = new Object[16];
    private int size;
    final int stride;

    RawColumn(String name) { this(name, 1); }

    RawColumn(String name, int stride) {
        this.name = name;
        this.stride = Math.max(1, stride);
    }

    void add(Object cell) {
        if (size == cells.length) cells = Arrays.copyOf(cells, size * 2);
        cells[size++] = cell;
    }

    /** Sets the cell of {@code row}, padding skipped rows with nulls (JSON objects may omit keys). */
    void set(int row, Object cell) {
        while (size < row) add(null);
        if (size == row) add(cell); else cells[row] = cell;
    }

    void padTo(int rows) { while (size < rows) add(null); }

    int size() { return size; }

    Object get(int i) { return cells[i]; }

    /** The 1-based source row of cell {@code i}. */
    int row(int i) { return i / stride + 1; }
}
