package dev.hmspec.compile;

import dev.hmspec.scene.Group;

/**
 * The color legend, built from the trained mapping (never from raw data): a colorbar for a
 * continuous mapping, a list of swatches for a discrete one; both end with a no-data swatch
 * when some cells are missing.
 */
sealed interface LegendBuilder permits ColorbarLegend, SwatchLegend {
    double width();

    double height(double plotH);

    Group build(double left, double top, double plotH);

    /**
     * The colorbar's rectangle {x, y, width, height} as {@link #build} places it, for the page's
     * runtime (legend hover and range filtering); null for swatch legends.
     */
    default double[] rampBox(double left, double top, double plotH) { return null; }

    static LegendBuilder of(ColorMapping mapping, boolean noDataSwatch) {
        if (mapping instanceof DiscreteColor d) return new SwatchLegend(d, noDataSwatch);
        return new ColorbarLegend((ContinuousColor) mapping, noDataSwatch);
    }
}
