package dev.hmspec.cluster;

import java.util.stream.IntStream;

/**
 * Pairwise distances between the rows of a dense row-major grid, as a condensed matrix.
 * Complete rows give SciPy's {@code pdist} values (up to summation order). Missing cells (NaN
 * or infinite) are skipped pair by pair, as R's {@code dist} does: a pair is compared on the
 * columns both rows have, and Euclidean and cityblock distances are scaled up by
 * cols / shared columns so that partial rows stay comparable with complete ones. A pair without
 * a defined distance (no shared column; a constant row under correlation; a zero row under
 * cosine) gets the largest defined distance, and is counted.
 */
public final class Distances {
    private Distances() {}

    /** The condensed matrix and the number of pairs whose distance was undefined and replaced. */
    public record Result(double[] condensed, int undefinedPairs) {}

    public static Result compute(double[] grid, int rows, int cols, Metric metric) {
        if (grid.length != (long) rows * cols) throw new IllegalArgumentException("grid is not rows × cols");
        Rows prepared = new Rows(grid, rows, cols, metric);
        double[] out = new double[Condensed.size(rows)];
        // rows are independent: split them across cores; every cell is written once, so the bytes do not vary
        IntStream.range(0, rows).parallel().forEach(i -> {
            int start = Condensed.rowStart(rows, i) - i - 1;
            for (int j = i + 1; j < rows; j++) out[start + j] = prepared.distance(i, j);
        });
        int undefined = 0;
        double max = 0;
        for (double v : out) {
            if (Double.isNaN(v)) undefined++;
            else if (v > max) max = v;
        }
        if (undefined > 0) for (int k = 0; k < out.length; k++) if (Double.isNaN(out[k])) out[k] = max;
        return new Result(out, undefined);
    }

    /** The grid's rows, centred for correlation, with their squared norms precomputed when complete. */
    private static final class Rows {
        final double[] x;
        final int cols;
        final Metric metric;
        final boolean[] complete;
        final double[] norm2;

        Rows(double[] grid, int rows, int cols, Metric metric) {
            this.cols = cols;
            this.metric = metric;
            this.x = grid.clone();
            this.complete = new boolean[rows];
            this.norm2 = new double[rows];
            for (int i = 0; i < rows; i++) {
                boolean ok = true;
                for (int c = 0; c < cols; c++) ok &= Double.isFinite(x[i * cols + c]);
                complete[i] = ok;
                if (!ok) continue;
                if (metric == Metric.CORRELATION) {
                    if (constant(i)) continue; // norm 0: correlation undefined (sums could leave 1e-17 residues)
                    double mean = 0;
                    for (int c = 0; c < cols; c++) mean += x[i * cols + c];
                    mean /= cols;
                    for (int c = 0; c < cols; c++) x[i * cols + c] -= mean;
                }
                double s = 0;
                for (int c = 0; c < cols; c++) s += x[i * cols + c] * x[i * cols + c];
                norm2[i] = s;
            }
        }

        private boolean constant(int i) {
            for (int c = 1; c < cols; c++) if (x[i * cols + c] != x[i * cols]) return false;
            return true;
        }

        double distance(int i, int j) {
            return complete[i] && complete[j] ? full(i * cols, j * cols, i, j) : partial(i, j);
        }

        private double full(int a, int b, int i, int j) {
            switch (metric) {
                case EUCLIDEAN: {
                    double s = 0;
                    for (int c = 0; c < cols; c++) { double t = x[a + c] - x[b + c]; s += t * t; }
                    return Math.sqrt(s);
                }
                case CITYBLOCK: {
                    double s = 0;
                    for (int c = 0; c < cols; c++) s += Math.abs(x[a + c] - x[b + c]);
                    return s;
                }
                case CHEBYSHEV: {
                    double s = 0;
                    for (int c = 0; c < cols; c++) s = Math.max(s, Math.abs(x[a + c] - x[b + c]));
                    return s;
                }
                default: {
                    double uv = 0;
                    for (int c = 0; c < cols; c++) uv += x[a + c] * x[b + c];
                    return oneMinus(uv, norm2[i], norm2[j]);
                }
            }
        }

        /** Over the columns both rows have (R's pairwise-complete rule); NaN when undefined. */
        private double partial(int i, int j) {
            int a = i * cols, b = j * cols, shared = 0;
            double s = 0, su = 0, sv = 0;
            for (int c = 0; c < cols; c++) {
                double u = x[a + c], v = x[b + c];
                if (!Double.isFinite(u) || !Double.isFinite(v)) continue;
                shared++;
                su += u; sv += v;
                switch (metric) {
                    case EUCLIDEAN: s += (u - v) * (u - v); break;
                    case CITYBLOCK: s += Math.abs(u - v); break;
                    case CHEBYSHEV: s = Math.max(s, Math.abs(u - v)); break;
                    default: break;
                }
            }
            if (shared == 0) return Double.NaN;
            double scale = (double) cols / shared;
            switch (metric) {
                case EUCLIDEAN: return Math.sqrt(s * scale);
                case CITYBLOCK: return s * scale;
                case CHEBYSHEV: return s;
                default: break;
            }
            double mu = metric == Metric.CORRELATION ? su / shared : 0, mv = metric == Metric.CORRELATION ? sv / shared : 0;
            double uv = 0, uu = 0, vv = 0;
            for (int c = 0; c < cols; c++) {
                double u = x[a + c], v = x[b + c];
                if (!Double.isFinite(u) || !Double.isFinite(v)) continue;
                uv += (u - mu) * (v - mv); uu += (u - mu) * (u - mu); vv += (v - mv) * (v - mv);
            }
            return oneMinus(uv, uu, vv);
        }

        /** 1 − uv / √(uu·vv), clipped to [0, 2] as SciPy does; NaN for a zero-length vector. */
        private static double oneMinus(double uv, double uu, double vv) {
            if (uu == 0 || vv == 0) return Double.NaN;
            double r = 1.0 - uv / Math.sqrt(uu * vv);
            return Math.min(2.0, Math.max(0.0, r));
        }
    }
}
