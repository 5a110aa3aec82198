package dev.hmspec.compile;

import java.util.Arrays;

/**
 * The value each band key is sorted by under {@code sort by agg(field)}: the field's numbers
 * aggregated over the rows of that key (so over the other axis). Missing numbers are skipped;
 * a key with no number gets NaN and sorts first (last when descending), as with {@code sum}.
 */
final class SortAggregate {
    private SortAggregate() {}

    /**
     * @param name   sum, mean, median, min, max or count (the checker allows no other)
     * @param codes  per row, its key's index in [0, keys), or -1 for none
     * @param values per row, the field's number (NaN when missing)
     */
    static double[] perKey(String name, int[] codes, int keys, double[] values) {
        if (name.equals("median")) return medians(codes, keys, values);
        double[] acc = new double[keys];
        long[] n = new long[keys];
        boolean min = name.equals("min"), max = name.equals("max");
        if (min) Arrays.fill(acc, Double.POSITIVE_INFINITY);
        if (max) Arrays.fill(acc, Double.NEGATIVE_INFINITY);
        for (int r = 0; r < codes.length; r++) {
            int k = codes[r];
            double v = values[r];
            if (k < 0 || Double.isNaN(v)) continue;
            n[k]++;
            if (min) acc[k] = Math.min(acc[k], v);
            else if (max) acc[k] = Math.max(acc[k], v);
            else acc[k] += v;
        }
        for (int k = 0; k < keys; k++) {
            if (n[k] == 0) acc[k] = Double.NaN;
            else if (name.equals("mean")) acc[k] /= n[k];
            else if (name.equals("count")) acc[k] = n[k];
        }
        return acc;
    }

    /** Medians per key: rows grouped by a counting sort on the key, then each group sorted. */
    private static double[] medians(int[] codes, int keys, double[] values) {
        int[] start = new int[keys + 1];
        for (int r = 0; r < codes.length; r++) if (codes[r] >= 0 && !Double.isNaN(values[r])) start[codes[r] + 1]++;
        for (int k = 0; k < keys; k++) start[k + 1] += start[k];
        double[] grouped = new double[start[keys]];
        int[] fill = Arrays.copyOf(start, keys);
        for (int r = 0; r < codes.length; r++) if (codes[r] >= 0 && !Double.isNaN(values[r])) grouped[fill[codes[r]]++] = values[r];
        double[] out = new double[keys];
        for (int k = 0; k < keys; k++) {
            int lo = start[k], hi = start[k + 1], n = hi - lo;
            if (n == 0) { out[k] = Double.NaN; continue; }
            Arrays.sort(grouped, lo, hi);
            out[k] = n % 2 == 1 ? grouped[lo + n / 2] : (grouped[lo + n / 2 - 1] + grouped[lo + n / 2]) / 2;
        }
        return out;
    }
}
