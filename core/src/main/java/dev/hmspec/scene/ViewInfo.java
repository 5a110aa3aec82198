package dev.hmspec.scene;

import java.util.List;

/**
 * What the browser runtime needs to know about one view beyond its drawing: where the plot
 * area is (absolute page coordinates), which fields each channel shows, and which
 * interactions the spec asked for ({@code "zoom x"}, {@code "tooltip"} ...), and the
 * {@link RuntimeInfo} the page's script works from, and the boxes the layout placed.
 */
public record ViewInfo(String id, String title, double plotX, double plotY, double plotWidth, double plotHeight,
                       String xField, String yField, String colorField, List<Interaction> interactions,
                       RuntimeInfo runtime, List<LayoutBox> boxes, List<DendrogramInfo> dendrograms,
                       List<BandTrack> bandTracks) {
    public ViewInfo {
        interactions = List.copyOf(interactions);
        boxes = List.copyOf(boxes);
        dendrograms = dendrograms == null ? List.of() : List.copyOf(dendrograms);
        bandTracks = bandTracks == null ? List.of() : List.copyOf(bandTracks); // absent in older scene JSON
    }

    /** A view without clustered axes, annotation bars or marginal charts. */
    public ViewInfo(String id, String title, double plotX, double plotY, double plotWidth, double plotHeight,
                    String xField, String yField, String colorField, List<Interaction> interactions,
                    RuntimeInfo runtime, List<LayoutBox> boxes) {
        this(id, title, plotX, plotY, plotWidth, plotHeight, xField, yField, colorField, interactions, runtime, boxes, List.of(), List.of());
    }

    /** A view without placed boxes (hand-built scenes). */
    public ViewInfo(String id, String title, double plotX, double plotY, double plotWidth, double plotHeight,
                    String xField, String yField, String colorField, List<Interaction> interactions, RuntimeInfo runtime) {
        this(id, title, plotX, plotY, plotWidth, plotHeight, xField, yField, colorField, interactions, runtime, List.of(), List.of(), List.of());
    }

    /** A view without runtime details (hand-built scenes): the page falls back to per-cell colors and tooltips. */
    public ViewInfo(String id, String title, double plotX, double plotY, double plotWidth, double plotHeight,
                    String xField, String yField, String colorField, List<Interaction> interactions) {
        this(id, title, plotX, plotY, plotWidth, plotHeight, xField, yField, colorField, interactions, null, List.of(), List.of(), List.of());
    }

    /** The placed box with this role, if the layout made one. */
    public java.util.Optional<LayoutBox> box(String role) {
        return boxes.stream().filter(b -> b.role().equals(role)).findFirst();
    }

    /** One requested interaction: its name and optional axis ("x", "y", "xy") or empty string. */
    public record Interaction(String name, String axis) {}
}
