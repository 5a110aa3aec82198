package dev.hmspec.scene;

import java.util.List;

/**
 * A continuous color bar: a gradient across the rectangle. {@code vertical} ramps run from
 * the first stop at the bottom to the last at the top; horizontal ones left to right.
 */
public record ColorRamp(double x, double y, double width, double height, List<Stop> stops,
                        boolean vertical, String role) implements Node {
    public ColorRamp { stops = List.copyOf(stops); }

    /** offset in [0, 1] along the ramp, color as 0xAARRGGBB. */
    public record Stop(double offset, int color) {}
}
