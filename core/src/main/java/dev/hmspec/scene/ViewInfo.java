package dev.hmspec.scene;

import java.util.List;

/**
 * What the browser runtime needs to know about one view beyond its drawing: where the plot
 * area is (absolute page coordinates), which fields each channel shows, and which
 * interactions the spec asked for ({@code "zoom x"}, {@code "tooltip"} ...).
 */
public record ViewInfo(String id, String title, double plotX, double plotY, double plotWidth, double plotHeight,
                       String xField, String yField, String colorField, List<Interaction> interactions) {
    public ViewInfo { interactions = List.copyOf(interactions); }

    /** One requested interaction: its name and optional axis ("x", "y", "xy") or empty string. */
    public record Interaction(String name, String axis) {}
}
