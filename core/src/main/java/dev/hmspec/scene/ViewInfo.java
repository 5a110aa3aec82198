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
                       List<BandTrack> bandTracks, Link link) {
    public ViewInfo {
        interactions = List.copyOf(interactions);
        boxes = List.copyOf(boxes);
        dendrograms = dendrograms == null ? List.of() : List.copyOf(dendrograms);
        bandTracks = bandTracks == null ? List.of() : List.copyOf(bandTracks); // absent in older scene JSON
    }

    /** A view linked to no other, with its dendrograms and band tracks (annotation bars, margins). */
    public ViewInfo(String id, String title, double plotX, double plotY, double plotWidth, double plotHeight,
                    String xField, String yField, String colorField, List<Interaction> interactions,
                    RuntimeInfo runtime, List<LayoutBox> boxes, List<DendrogramInfo> dendrograms,
                    List<BandTrack> bandTracks) {
        this(id, title, plotX, plotY, plotWidth, plotHeight, xField, yField, colorField, interactions, runtime, boxes,
                dendrograms, bandTracks, null);
    }

    /** A view without clustered axes, annotation bars or marginal charts. */
    public ViewInfo(String id, String title, double plotX, double plotY, double plotWidth, double plotHeight,
                    String xField, String yField, String colorField, List<Interaction> interactions,
                    RuntimeInfo runtime, List<LayoutBox> boxes, Link link) {
        this(id, title, plotX, plotY, plotWidth, plotHeight, xField, yField, colorField, interactions, runtime, boxes,
                List.of(), List.of(), link);
    }

    /** A view linked to no other (every view before facets and shared scales). */
    public ViewInfo(String id, String title, double plotX, double plotY, double plotWidth, double plotHeight,
                    String xField, String yField, String colorField, List<Interaction> interactions,
                    RuntimeInfo runtime, List<LayoutBox> boxes) {
        this(id, title, plotX, plotY, plotWidth, plotHeight, xField, yField, colorField, interactions, runtime, boxes, List.of(), List.of(), null);
    }

    /** A view without placed boxes (hand-built scenes). */
    public ViewInfo(String id, String title, double plotX, double plotY, double plotWidth, double plotHeight,
                    String xField, String yField, String colorField, List<Interaction> interactions, RuntimeInfo runtime) {
        this(id, title, plotX, plotY, plotWidth, plotHeight, xField, yField, colorField, interactions, runtime, List.of(), List.of(), List.of(), null);
    }

    /** A view without runtime details (hand-built scenes): the page falls back to per-cell colors and tooltips. */
    public ViewInfo(String id, String title, double plotX, double plotY, double plotWidth, double plotHeight,
                    String xField, String yField, String colorField, List<Interaction> interactions) {
        this(id, title, plotX, plotY, plotWidth, plotHeight, xField, yField, colorField, interactions, null, List.of(), List.of(), List.of(), null);
    }

    /** The placed box with this role, if the layout made one. */
    public java.util.Optional<LayoutBox> box(String role) {
        return boxes.stream().filter(b -> b.role().equals(role)).findFirst();
    }

    /** One requested interaction: its name and optional axis ("x", "y", "xy") or empty string. */
    public record Interaction(String name, String axis) {}

    /** This view with its links to others (facet panels, shared color scales). */
    public ViewInfo withLink(Link l) {
        return new ViewInfo(id, title, plotX, plotY, plotWidth, plotHeight, xField, yField, colorField, interactions,
                runtime, boxes, dendrograms, bandTracks, l);
    }

    /**
     * How the page links this view to others: views with the same non-empty {@code x} (or
     * {@code y}) group share that axis's bands, so zoom, pan, crosshair and brush on it follow
     * each other; the same {@code color} group means one color scale and one legend. {@code facet}
     * names the facet a panel belongs to ("" for a view of its own).
     */
    public record Link(String facet, String x, String y, String color) {}
}
