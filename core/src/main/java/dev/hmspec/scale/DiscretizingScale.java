package dev.hmspec.scale;

/**
 * A scale that cuts a continuous domain into bins (d3's quantize, quantile and threshold): a
 * value maps to a bin index in [0, bins), which the caller turns into a color. The bins partition
 * the number line at {@link #thresholds()}: bin i holds [t(i-1), t(i)), the ends open.
 *
 * <p>Laws (tested as properties): every value falls in exactly one bin, bins are ordered, and
 * {@code invertExtent(apply(x))} contains every x inside the domain.
 */
public sealed interface DiscretizingScale extends Scale permits QuantizeScale, QuantileScale, ThresholdScale {
    /** The bin holding x, in [0, bins()); -1 for NaN (the caller's unknown value). */
    default int apply(double x) {
        if (Double.isNaN(x)) return -1;
        return bisectRight(thresholds(), x);
    }

    /** How many bins: {@code thresholds().length + 1}. */
    default int bins() { return thresholds().length + 1; }

    /** The ascending cut points (a copy). */
    double[] thresholds();

    /**
     * The extent [lo, hi] of the values in bin i: thresholds inside, the domain's ends (or ±∞
     * for a threshold scale) outside. {NaN, NaN} for a bin that does not exist.
     */
    double[] invertExtent(int bin);

    /** d3-array bisectRight: the number of entries ≤ x. */
    static int bisectRight(double[] a, double x) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x < a[mid]) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /** The extent of bin i given cut points and the two outer ends. */
    static double[] extent(double[] thresholds, int bin, double lo, double hi) {
        int n = thresholds.length;
        if (bin < 0 || bin > n) return new double[] {Double.NaN, Double.NaN};
        return new double[] {bin == 0 ? lo : thresholds[bin - 1], bin == n ? hi : thresholds[bin]};
    }
}
