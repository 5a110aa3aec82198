package dev.hmspec.render;

/** The words renderers add to an output themselves (everything else comes from the spec). */
public final class RenderMessages {
    private RenderMessages() {}

    /**
     * The name of a chart in its outputs (page title and heading, the SVG's accessible name):
     * the chart title, or a plain name when the spec has none, since an empty name reads as nothing.
     */
    public static String chartName(String title) {
        return title == null || title.isBlank() ? "Heatmap" : title;
    }
}
