package dev.hmspec.scene;

import java.util.List;

/**
 * The heatmap's cells as one dense object (never one node per cell). Cell (col, row) spans
 * [columnEdges[col], columnEdges[col+1]] × [rowEdges[row], rowEdges[row+1]], relative to (x, y);
 * arrays indexed {@code row * columns + col}. A cell with alpha 0 in {@code colors} is absent
 * (no datum at all); missing values have the no-data color and NaN in {@code values}.
 * <p>
 * The edges partition the plot into slots (one band step each, touching); a cell is drawn
 * over its slot less an inset on each side, so a grid with insets shows gaps (a "tiles" look).
 * Slots stay the unit of hit-testing, zoom and axes: ticks and labels sit at slot centres,
 * which are also the drawn cells' centres. Every renderer leaves the inset area unpainted.
 *
 * @param columnKeys  display text of each column's category (x), in order
 * @param rowKeys     display text of each row's category (y), in order
 * @param values      the color channel's value per cell (dates as epoch ms); for a categorical
 *                    color, the category's class index
 * @param labels      cell label text or null per cell (the text channel); null array when unused
 * @param labelColors contrasting label colors per cell; null when labels is null
 * @param tooltips    tooltip text per cell (lines separated by '\n'), or null array
 * @param columnInset fraction of each column's slot width left empty on each side, in [0, 0.5);
 *                    0 = cells touch. Spec {@code padding p} gives p/2 (gap p·step between
 *                    neighbours, half that at the plot's edges)
 * @param rowInset    the same for rows
 * @param masked      per cell, whether a {@code mask} hides it, or null when the view has no mask. A masked
 *                    cell has alpha 0 in {@code colors} (renderers skip it as absent) but keeps its value in
 *                    {@code values}, so the page can still say "masked" with the value
 */
public record CellGrid(double x, double y, int columns, int rows, double[] columnEdges, double[] rowEdges,
                       int[] colors, double[] values, String[] labels, int[] labelColors, double labelFontSize,
                       List<String> columnKeys, List<String> rowKeys, String[] tooltips,
                       double columnInset, double rowInset, boolean[] masked) implements Node {
    /** A grid without a mask. */
    public CellGrid(double x, double y, int columns, int rows, double[] columnEdges, double[] rowEdges,
                    int[] colors, double[] values, String[] labels, int[] labelColors, double labelFontSize,
                    List<String> columnKeys, List<String> rowKeys, String[] tooltips,
                    double columnInset, double rowInset) {
        this(x, y, columns, rows, columnEdges, rowEdges, colors, values, labels, labelColors, labelFontSize,
                columnKeys, rowKeys, tooltips, columnInset, rowInset, null);
    }

    /** A grid whose cells touch (no insets). */
    public CellGrid(double x, double y, int columns, int rows, double[] columnEdges, double[] rowEdges,
                    int[] colors, double[] values, String[] labels, int[] labelColors, double labelFontSize,
                    List<String> columnKeys, List<String> rowKeys, String[] tooltips) {
        this(x, y, columns, rows, columnEdges, rowEdges, colors, values, labels, labelColors, labelFontSize,
                columnKeys, rowKeys, tooltips, 0, 0);
    }

    public CellGrid {
        int n = columns * rows;
        if (columnEdges.length != columns + 1 || rowEdges.length != rows + 1)
            throw new IllegalArgumentException("edges do not match the grid size");
        if (colors.length != n || values.length != n) throw new IllegalArgumentException("cell arrays must have columns*rows entries");
        if (labels != null && (labels.length != n || labelColors == null || labelColors.length != n))
            throw new IllegalArgumentException("labels must have columns*rows entries with colors");
        if (tooltips != null && tooltips.length != n) throw new IllegalArgumentException("tooltips must have columns*rows entries");
        if (!(columnInset >= 0 && columnInset < 0.5 && rowInset >= 0 && rowInset < 0.5))
            throw new IllegalArgumentException("insets must lie in [0, 0.5)");
        if (masked != null && masked.length != n) throw new IllegalArgumentException("masked must have columns*rows entries");
        columnKeys = List.copyOf(columnKeys);
        rowKeys = List.copyOf(rowKeys);
    }

    public int index(int col, int row) { return row * columns + col; }
    public double width() { return columnEdges[columns] - columnEdges[0]; }
    public double height() { return rowEdges[rows] - rowEdges[0]; }
    public boolean hasInsets() { return columnInset > 0 || rowInset > 0; }
    public boolean isMasked(int i) { return masked != null && masked[i]; }

    /** Drawn extent [lo, hi] (lo ≤ hi) of column {@code col}: its slot less the inset on each side. */
    public double[] columnSpan(int col) { return span(columnEdges[col], columnEdges[col + 1], columnInset); }
    public double[] rowSpan(int row) { return span(rowEdges[row], rowEdges[row + 1], rowInset); }

    private static double[] span(double a, double b, double inset) {
        double lo = Math.min(a, b), hi = Math.max(a, b), d = (hi - lo) * inset;
        return new double[] {lo + d, hi - d};
    }
}
