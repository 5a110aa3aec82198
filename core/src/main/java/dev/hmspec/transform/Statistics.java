package dev.hmspec.transform;

import java.util.Arrays;

/** Per-group numeric statistics over a double column (NaN = null, skipped). */
final class Statistics {
    private Statistics() {}

    static double[] of(String op, double[] v, int[] gid, int groups) {
        double[] n = new double[groups], sum = new double[groups];
        for (int r = 0; r < v.length; r++) {
            if (Double.isNaN(v[r])) continue;
            n[gid[r]]++;
            sum[gid[r]] += v[r];
        }
        double[] out = new double[groups];
        switch (op) {
            case "sum" -> { return sum; }
            case "mean", "average" -> { for (int g = 0; g < groups; g++) out[g] = n[g] == 0 ? Double.NaN : sum[g] / n[g]; }
            case "min", "max" -> {
                Arrays.fill(out, Double.NaN);
                boolean min = op.equals("min");
                for (int r = 0; r < v.length; r++) {
                    double x = v[r];
                    int g = gid[r];
                    if (!Double.isNaN(x) && (Double.isNaN(out[g]) || (min ? x < out[g] : x > out[g]))) out[g] = x;
                }
            }
            case "stdev", "variance" -> {
                double[] ss = new double[groups];
                for (int r = 0; r < v.length; r++) {
                    if (Double.isNaN(v[r])) continue;
                    double d = v[r] - sum[gid[r]] / n[gid[r]];
                    ss[gid[r]] += d * d;
                }
                for (int g = 0; g < groups; g++) {
                    double var = n[g] < 2 ? Double.NaN : ss[g] / (n[g] - 1);
                    out[g] = op.equals("variance") ? var : Math.sqrt(var);
                }
            }
            default -> quantiles(op.equals("q1") ? 0.25 : op.equals("q3") ? 0.75 : 0.5, v, gid, n, out);
        }
        return out;
    }

    /** Sorts each group's values in one shared array (counting sort by group), then R-7. */
    private static void quantiles(double p, double[] v, int[] gid, double[] n, double[] out) {
        int groups = n.length;
        int[] start = new int[groups + 1];
        for (int g = 0; g < groups; g++) start[g + 1] = start[g] + (int) n[g];
        int[] fill = Arrays.copyOf(start, groups);
        double[] sorted = new double[start[groups]];
        for (int r = 0; r < v.length; r++) if (!Double.isNaN(v[r])) sorted[fill[gid[r]]++] = v[r];
        for (int g = 0; g < groups; g++) {
            int from = start[g], size = start[g + 1] - from;
            if (size == 0) { out[g] = Double.NaN; continue; }
            Arrays.sort(sorted, from, from + size);
            double h = (size - 1) * p;
            int lo = (int) Math.floor(h);
            out[g] = lo + 1 < size ? sorted[from + lo] + (h - lo) * (sorted[from + lo + 1] - sorted[from + lo]) : sorted[from + lo];
        }
    }
}
