package dev.hmspec.analysis;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Arrays;

/**
 * Rescales the cells of a dense row-major grid (NaN = missing, kept missing) by row, by column
 * or over all cells, as seaborn's clustermap does before clustering:
 * <ul>
 * <li>z-score: (x − mean) / sample standard deviation (n − 1, pandas' and seaborn's);</li>
 * <li>min–max: (x − min) / (max − min) (seaborn's {@code standard_scale});</li>
 * <li>percent of total: 100 · x / sum (the algebraic sum: negative cells count negatively).</li>
 * </ul>
 * Degenerate slices, where seaborn and SciPy produce NaN or ±∞ (a constant slice, a single
 * value, a zero total), map to the middle of the output instead, so a value is never shown as
 * missing: z-score 0, min–max 0.5, percent 0. They are counted so the caller can warn.
 */
public final class Normalize {
    private Normalize() {}

    public enum Method {
        ZSCORE, MINMAX, PERCENT;
        public String specName() { return name().toLowerCase(Locale.ROOT); }
    }

    public enum Over {
        ROWS, COLUMNS, ALL;
        public String specName() { return name().toLowerCase(Locale.ROOT); }
    }

    /** The rescaled grid and how many slices were degenerate. */
    public record Result(double[] values, int degenerateSlices) {
        public Result { values = values.clone(); }
        @Override public double[] values() { return values.clone(); }
    }

    public static Optional<Method> method(String name) {
        return Arrays.stream(Method.values()).filter(m -> m.specName().equalsIgnoreCase(name)).findFirst();
    }

    public static Result apply(double[] grid, int rows, int cols, Method method, Over over) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(over, "over");
        if (grid.length != (long) rows * cols) throw new IllegalArgumentException("grid is not rows × cols");
        double[] out = grid.clone();
        int degenerate = 0;
        switch (over) {
            case ROWS:
                for (int r = 0; r < rows; r++) degenerate += slice(out, r * cols, 1, cols, method);
                break;
            case COLUMNS:
                for (int c = 0; c < cols; c++) degenerate += slice(out, c, cols, rows, method);
                break;
            default:
                degenerate += slice(out, 0, 1, grid.length, method);
        }
        return new Result(out, degenerate);
    }

    /** Rescales the cells first, first+step, … (count of them) in place; 1 when degenerate. */
    private static int slice(double[] v, int first, int step, int count, Method method) {
        int n = 0;
        double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0, at = first; i < count; i++, at += step) {
            double x = v[at];
            if (!Double.isFinite(x)) { v[at] = Double.NaN; continue; }
            n++; sum += x; min = Math.min(min, x); max = Math.max(max, x);
        }
        if (n == 0) return 0; // nothing to show either way: not degenerate, just empty
        double shift, scale;
        boolean degenerate;
        switch (method) {
            case ZSCORE: {
                double mean = sum / n, ss = 0;
                for (int i = 0, at = first; i < count; i++, at += step) {
                    if (!Double.isNaN(v[at])) ss += (v[at] - mean) * (v[at] - mean);
                }
                double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
                degenerate = !(sd > 0);
                shift = mean; scale = sd;
                break;
            }
            case MINMAX:
                degenerate = !(max > min);
                shift = min; scale = max - min;
                break;
            default:
                degenerate = sum == 0;
                shift = 0; scale = sum / 100;
        }
        double middle = method == Method.MINMAX ? 0.5 : 0;
        for (int i = 0, at = first; i < count; i++, at += step) {
            if (Double.isNaN(v[at])) continue;
            v[at] = degenerate ? middle : (v[at] - shift) / scale;
        }
        return degenerate ? 1 : 0;
    }
}
