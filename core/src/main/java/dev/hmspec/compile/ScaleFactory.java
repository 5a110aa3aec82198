package dev.hmspec.compile;

import dev.hmspec.scale.ContinuousScale;
import dev.hmspec.scale.Scales;
import java.util.Optional;

/**
 * Builds the color channel's normalizing scale (domain → t ∈ [0, 1]) from the spec's scale
 * type and parameter (exponent, base or constant; NaN for d3's default); with a midpoint, the
 * diverging variant of that type (midpoint → 0.5). Type names were checked.
 * <p>
 * A diverging scale trained on the data (no explicit {@code domain}) gets a domain symmetric
 * about its midpoint, as seaborn's {@code center} and Plotly's {@code zmid} do: −52 % and +9 %
 * then look as unequal as they are, and the colorbar has labels on both sides (issue 11 item 7).
 * Symmetric means equal distances for linear, pow and symlog, and equal ratios for log, whose
 * domain must not cross 0.
 */
final class ScaleFactory {
    private ScaleFactory() {}

    /** {@code symmetric}: widen a diverging domain's shorter side to mirror the longer one. */
    static ContinuousScale create(String type, double parameter, double lo, double hi, Optional<Double> midpoint,
                                  boolean symmetric) {
        if (type.equals("diverging")) {
            // A linear diverging scale; its midpoint defaults to 0 when the data crosses it.
            type = "linear";
            if (midpoint.isEmpty()) midpoint = Optional.of(lo < 0 && hi > 0 ? 0 : (lo + hi) / 2);
        }
        if (midpoint.isPresent()) {
            double mid = midpoint.get();
            double a = Math.min(lo, mid), b = Math.max(hi, mid);
            if (symmetric) {
                double[] s = type.equals("log") ? ratioSymmetric(a, mid, b) : distanceSymmetric(a, mid, b);
                a = s[0];
                b = s[1];
            }
            return Scales.diverging(type, parameter, a, mid, b).orElseThrow();
        }
        return Scales.continuous(type, parameter, lo, hi, 0, 1).orElseThrow();
    }

    static double[] distanceSymmetric(double a, double mid, double b) {
        double r = Math.max(mid - a, b - mid);
        // An infinite or overflowing half (±1e308) keeps the data's own ends.
        if (!Double.isFinite(mid - r) || !Double.isFinite(mid + r)) return new double[] {a, b};
        return new double[] {mid - r, mid + r};
    }

    /** mid / k .. mid · k for positive domains (mirrored for negative ones); left as is when it crosses 0. */
    static double[] ratioSymmetric(double a, double mid, double b) {
        if (!(a * mid > 0 && b * mid > 0)) return new double[] {a, b};
        double k = Math.max(a / mid, mid / a);
        k = Math.max(k, Math.max(b / mid, mid / b));
        if (!Double.isFinite(k) || !Double.isFinite(mid * k)) return new double[] {a, b};
        return mid > 0 ? new double[] {mid / k, mid * k} : new double[] {mid * k, mid / k};
    }
}
