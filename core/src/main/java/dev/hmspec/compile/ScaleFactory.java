package dev.hmspec.compile;

import dev.hmspec.scale.ContinuousScale;
import dev.hmspec.scale.Scales;
import java.util.Optional;

/**
 * Builds the color channel's normalizing scale (domain → t ∈ [0, 1]) from the spec's scale
 * type and parameter (exponent, base or constant; NaN for d3's default); with a midpoint, the
 * diverging variant of that type (midpoint → 0.5). Type names were checked.
 */
final class ScaleFactory {
    private ScaleFactory() {}

    static ContinuousScale create(String type, double parameter, double lo, double hi, Optional<Double> midpoint) {
        if (type.equals("diverging")) {
            // A linear diverging scale; its midpoint defaults to 0 when the data crosses it.
            type = "linear";
            if (midpoint.isEmpty()) midpoint = Optional.of(lo < 0 && hi > 0 ? 0 : (lo + hi) / 2);
        }
        if (midpoint.isPresent()) {
            double mid = midpoint.get();
            double a = Math.min(lo, mid), b = Math.max(hi, mid);
            return Scales.diverging(type, parameter, a, mid, b).orElseThrow();
        }
        return Scales.continuous(type, parameter, lo, hi, 0, 1).orElseThrow();
    }
}
