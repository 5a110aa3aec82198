package dev.hmspec.compile;

import dev.hmspec.ast.Statement;
import dev.hmspec.data.Column;

/**
 * The trained color scale of a view (ggplot2: scales are trained on the data, then map it):
 * continuous (value ──scale──▶ t ∈ [0, 1] ──scheme──▶ color, with a colorbar) or discrete
 * (value ──bin or category──▶ one of k colors, with swatches). Legends are built from this,
 * never from raw data. Cells are mapped from {@link CellData}'s primitive arrays in one pass.
 */
sealed interface ColorMapping permits ContinuousColor, DiscreteColor {
    /** The color of a numeric cell value (instants as epoch ms); NaN gives no-data. */
    int color(double value);

    /** Every cell's color, row by row: from its value, or from its category code. */
    int[] colors(CellData cells);

    int noData();

    String title();

    static ColorMapping train(Statement.Encoding color, Column column, CellData cells) {
        ColorOptions o = ColorOptions.of(color, column.type());
        switch (o.type()) {
            case "quantize": case "quantile": case "threshold": return DiscreteColor.binned(o, cells.values());
            case "ordinal": return DiscreteColor.ordinal(o, column, cells);
            case "time": return ContinuousColor.time(o, cells.values());
            default: return ContinuousColor.numeric(o, cells.values());
        }
    }
}
