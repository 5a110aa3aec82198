package dev.hmspec.analysis;

import java.util.Arrays;
import java.util.Optional;

/**
 * The color domain seaborn's {@code robust=True} chooses: the 2nd and 98th percentiles of the
 * values (missing ones ignored), with NumPy's default linear interpolation between order
 * statistics, so that a few outliers do not wash the color scale out.
 */
public final class RobustDomain {
    private RobustDomain() {}

    public record Domain(double min, double max) {}

    /** [p2, p98] of the finite values; empty when there is none. */
    public static Optional<Domain> of(double[] values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) return Optional.empty();
        return Optional.of(new Domain(percentile(v, 2), percentile(v, 98)));
    }

    /** NumPy's {@code percentile(a, q)} (method "linear") on sorted finite values. */
    static double percentile(double[] sorted, double q) {
        double index = q / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(index);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double t = index - lo, a = sorted[lo], b = sorted[hi], diff = b - a;
        // NumPy's _lerp: from the nearer end, so the result is exact at t = 0 and t = 1
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }
}
