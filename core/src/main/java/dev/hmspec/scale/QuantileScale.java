package dev.hmspec.scale;

import java.util.Arrays;

/**
 * d3 {@code scaleQuantile}: n bins holding (about) equal numbers of the sample values. The cuts
 * are d3-array's {@code quantileSorted} at 1/n, 2/n, … (R-7 interpolation), so for distinct
 * values the bin sizes differ by at most one. NaN samples are ignored; with no samples every
 * cut is 0 (a defined output rather than an exception).
 */
public final class QuantileScale implements DiscretizingScale {
    private final double[] sorted;
    private final double[] thresholds;

    private QuantileScale(double[] values, int bins) {
        if (bins < 1) throw new IllegalArgumentException("a quantile scale needs at least 1 bin, got " + bins);
        this.sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        this.thresholds = new double[bins - 1];
        for (int i = 1; i < bins; i++) thresholds[i - 1] = sorted.length == 0 ? 0 : quantileSorted(sorted, i / (double) bins);
    }

    public static QuantileScale of(double[] values, int bins) { return new QuantileScale(values, bins); }

    /** d3-array quantileSorted. */
    static double quantileSorted(double[] s, double p) {
        int n = s.length;
        if (p <= 0 || n < 2) return s[0];
        if (p >= 1) return s[n - 1];
        double i = (n - 1) * p;
        int i0 = (int) Math.floor(i);
        double v0 = s[i0], v1 = s[i0 + 1];
        return v0 + (v1 - v0) * (i - i0);
    }

    /** The sorted sample (a copy). */
    public double[] domain() { return sorted.clone(); }

    @Override public double[] thresholds() { return thresholds.clone(); }
    @Override public int bins() { return thresholds.length + 1; }
    @Override public int apply(double x) { return Double.isNaN(x) ? -1 : DiscretizingScale.bisectRight(thresholds, x); }

    @Override public double[] invertExtent(int bin) {
        double lo = sorted.length == 0 ? 0 : sorted[0], hi = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
        return DiscretizingScale.extent(thresholds, bin, lo, hi);
    }

    @Override public String toString() { return "QuantileScale(" + sorted.length + " values) cuts " + Arrays.toString(thresholds); }
}
