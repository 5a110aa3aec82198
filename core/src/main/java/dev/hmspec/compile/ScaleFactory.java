package dev.hmspec.compile;

import dev.hmspec.scale.ContinuousScale;
import java.util.Optional;

/** Builds the color channel's normalizing scale (domain → [0, 1]) from the spec's scale type. */
final class ScaleFactory {
    private ScaleFactory() {}

    static ContinuousScale create(String type, double lo, double hi, Optional<Double> midpoint) {
        throw new UnsupportedOperationException("wired when the scale library lands");
    }
}
