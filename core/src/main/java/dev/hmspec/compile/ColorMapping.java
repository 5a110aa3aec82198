package dev.hmspec.compile;

import dev.hmspec.data.Column;
import dev.hmspec.resolve.ResolvedColorScale;

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

    static ColorMapping train(ResolvedColorScale o, Column column, CellData cells) {
        switch (o.family()) {
            case BINNED: return DiscreteColor.binned(o, cells.values());
            case ORDINAL: return DiscreteColor.ordinal(o, column, cells);
            case TIME: return ContinuousColor.time(o, cells.values());
            default: return ContinuousColor.numeric(o, cells.values());
        }
    }
}
