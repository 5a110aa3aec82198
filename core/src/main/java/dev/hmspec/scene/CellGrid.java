package dev.hmspec.scene;

import java.util.List;

/**
 * The heatmap's cells as one dense object (never one node per cell). Cell (col, row) spans
 * [columnEdges[col], columnEdges[col+1]] × [rowEdges[row], rowEdges[row+1]], relative to (x, y);
 * arrays indexed {@code row * columns + col}. A cell with alpha 0 in {@code colors} is absent
 * (no datum at all); missing values have the no-data color and NaN in {@code values}.
 *
 * @param columnKeys  display text of each column's category (x), in order
 * @param rowKeys     display text of each row's category (y), in order
 * @param values      the color channel's value per cell (dates as epoch ms); for a categorical
 *                    color, the category's class index
 * @param labels      cell label text or null per cell (the text channel); null array when unused
 * @param labelColors contrasting label colors per cell; null when labels is null
 * @param tooltips    tooltip text per cell (lines separated by '\n'), or null array
 */
public record CellGrid(double x, double y, int columns, int rows, double[] columnEdges, double[] rowEdges,
                       int[] colors, double[] values, String[] labels, int[] labelColors, double labelFontSize,
                       List<String> columnKeys, List<String> rowKeys, String[] tooltips) implements Node {
    public CellGrid {
        int n = columns * rows;
        if (columnEdges.length != columns + 1 || rowEdges.length != rows + 1)
            throw new IllegalArgumentException("edges do not match the grid size");
        if (colors.length != n || values.length != n) throw new IllegalArgumentException("cell arrays must have columns*rows entries");
        if (labels != null && (labels.length != n || labelColors == null || labelColors.length != n))
            throw new IllegalArgumentException("labels must have columns*rows entries with colors");
        if (tooltips != null && tooltips.length != n) throw new IllegalArgumentException("tooltips must have columns*rows entries");
        columnKeys = List.copyOf(columnKeys);
        rowKeys = List.copyOf(rowKeys);
    }

    public int index(int col, int row) { return row * columns + col; }
    public double width() { return columnEdges[columns] - columnEdges[0]; }
    public double height() { return rowEdges[rows] - rowEdges[0]; }
}
