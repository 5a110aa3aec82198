package dev.hmspec.scale;

import java.util.Arrays;

/**
 * d3 {@code scaleThreshold}: explicit ascending cut points b0 < b1 < …; x < b0 is bin 0,
 * b0 ≤ x < b1 bin 1, …, x ≥ b(n−1) bin n. The outer bins are open: their extents end at ±∞.
 */
public final class ThresholdScale implements DiscretizingScale {
    private final double[] thresholds;

    private ThresholdScale(double[] breaks) {
        for (int i = 0; i < breaks.length; i++) {
            if (!Double.isFinite(breaks[i])) throw new IllegalArgumentException("threshold " + breaks[i] + " is not finite");
            if (i > 0 && !(breaks[i] > breaks[i - 1]))
                throw new IllegalArgumentException("thresholds must increase, got " + Arrays.toString(breaks));
        }
        this.thresholds = breaks.clone();
    }

    /** @throws IllegalArgumentException unless the breaks are finite and strictly increasing */
    public static ThresholdScale of(double... breaks) { return new ThresholdScale(breaks); }

    /** True when {@link #of} accepts these breaks (the checker reports the rest). */
    public static boolean valid(double... breaks) {
        for (int i = 0; i < breaks.length; i++) {
            if (!Double.isFinite(breaks[i]) || i > 0 && !(breaks[i] > breaks[i - 1])) return false;
        }
        return true;
    }

    @Override public double[] thresholds() { return thresholds.clone(); }
    @Override public int bins() { return thresholds.length + 1; }
    @Override public int apply(double x) { return Double.isNaN(x) ? -1 : DiscretizingScale.bisectRight(thresholds, x); }

    @Override public double[] invertExtent(int bin) {
        return DiscretizingScale.extent(thresholds, bin, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    @Override public String toString() { return "ThresholdScale" + Arrays.toString(thresholds); }
}
