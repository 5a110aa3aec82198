package dev.hmspec.compile;

import dev.hmspec.ast.Statement;
import dev.hmspec.data.Column;

/**
 * The trained color scale of a view (ggplot2: scales are trained on the data, then map it):
 * continuous (value ──scale──▶ t ∈ [0, 1] ──scheme──▶ color, with a colorbar) or discrete
 * (value ──bin or category──▶ one of k colors, with swatches). Legends are built from this,
 * never from raw data.
 */
sealed interface ColorMapping permits ContinuousColor, DiscreteColor {
    /** The color of a cell value (Double, Long epoch ms, String, Boolean); null and NaN give no-data. */
    int color(Object value);

    int noData();

    String title();

    static ColorMapping train(Statement.Encoding color, Column column, Object[] values) {
        ColorOptions o = ColorOptions.of(color, column.type());
        switch (o.type()) {
            case "quantize": case "quantile": case "threshold": return DiscreteColor.binned(o, values);
            case "ordinal": return DiscreteColor.ordinal(o, column);
            case "time": return ContinuousColor.time(o, values);
            default: return ContinuousColor.numeric(o, values);
        }
    }

    /** A cell value as a number: Double as is, Long epoch ms, anything else NaN. */
    static double number(Object v) {
        if (v instanceof Double d) return d;
        if (v instanceof Long l) return l;
        return Double.NaN;
    }
}
