package dev.hmspec.compile;

import dev.hmspec.format.NumberFormat;
import dev.hmspec.resolve.ResolvedDecorations;
import dev.hmspec.scale.Ticks;

/**
 * A marginal chart's numbers: the aggregate of the color values the grid shows, per row (left,
 * right) or per column (top, bottom). Masked cells and cells without a value are left out;
 * a row with no shown value has NaN (no bar), except for count, which is 0. The value axis
 * starts at 0 and is made nice, so the bars' lengths compare.
 *
 * @param values per band, the aggregate
 * @param domain the value axis [lo, hi], containing 0
 * @param format the values' format in tooltips (the spec's, else full precision)
 * @param axisFormat the value axis's labels, as the scale's ticks are formatted
 */
record MarginChart(ResolvedDecorations.Margin spec, double[] values, double[] domain, NumberFormat format,
                   NumberFormat axisFormat) {

    static MarginChart of(ResolvedDecorations.Margin m, CellData cells, boolean[] masked) {
        int nx = cells.columns(), ny = cells.rows(), bands = m.rows() ? ny : nx;
        double[] sum = new double[bands], min = new double[bands], max = new double[bands];
        int[] count = new int[bands];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < nx * ny; i++) {
            if (masked != null && masked[i]) continue;
            boolean present = cells.categorical() ? cells.colorCodes()[i] >= 0 : !Double.isNaN(cells.values()[i]);
            if (!present) continue;
            int b = m.rows() ? i / nx : i % nx;
            double v = cells.categorical() ? 0 : cells.values()[i];
            count[b]++;
            sum[b] += v;
            min[b] = Math.min(min[b], v);
            max[b] = Math.max(max[b], v);
        }
        double[] values = new double[bands];
        for (int b = 0; b < bands; b++) {
            values[b] = switch (m.function()) {
                case "count" -> count[b];
                case "sum" -> count[b] == 0 ? Double.NaN : sum[b];
                case "mean" -> count[b] == 0 ? Double.NaN : sum[b] / count[b];
                case "min" -> count[b] == 0 ? Double.NaN : min[b];
                default -> count[b] == 0 ? Double.NaN : max[b];
            };
        }
        double lo = 0, hi = 0;
        for (double v : values) if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        if (lo == hi) hi = 1;
        double[] nice = Ticks.nice(lo, hi, 3);
        NumberFormat axis = NumberFormat.forTicks(nice[0], nice[1], 3);
        return new MarginChart(m, values, nice, m.format().map(NumberFormat::compile).orElse(axis), axis);
    }

    /** The text of band b's value: "no shown cells" when it has none. */
    String text(int b) {
        double v = values[b];
        return Double.isNaN(v) ? "no shown cells" : spec.format().isPresent() ? format.format(v) : exact(v);
    }

    /** Four significant digits, no float noise (a mean of 0.1s is 0.1, not 0.10000000000000002). */
    private static String exact(double v) {
        return ValueFormat.plainNumber(v);
    }

    /** Tooltip text of band b: the key and the aggregate. */
    String tip(String keyField, String key, int b) { return keyField + ": " + key + "\n" + spec.title() + ": " + text(b); }
}
