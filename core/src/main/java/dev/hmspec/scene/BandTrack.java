package dev.hmspec.scene;

import java.util.List;

/**
 * A side track whose marks line up with the grid's bands, for the page to redraw when it zooms
 * or pans and to answer hover with: an annotation bar (a color per band) or a marginal bar chart
 * (a value per band). The static drawing is in the scene's nodes; this is the same content as data.
 *
 * @param kind      "annotation" or "margin"
 * @param axis      "y": one mark per row (tracks left or right of the grid), "x": per column
 * @param side      "top", "right", "bottom" or "left"; a margin's bars grow away from the grid
 * @param role      the role of the track's group in the drawing (its {@code data-role})
 * @param x         the marks' box, absolute page coordinates; along the axis it spans the grid
 * @param colors    annotation: each band's color (alpha 0: none); null for margins
 * @param values    margin: each band's aggregate (NaN: no shown cell); null for annotations
 * @param domain    margin: the value axis [lo, hi] the bars are scaled to (0 inside it)
 * @param barColor  margin: the bars' fill
 * @param tips      each band's hover text
 * @param cellLines annotation: each band's line in the grid's cell tooltips ("species: Adelie"); null for margins
 */
public record BandTrack(String kind, String axis, String side, String role, double x, double y, double width, double height,
                        int[] colors, double[] values, double[] domain, int barColor, List<String> tips,
                        List<String> cellLines) {
    public BandTrack {
        tips = List.copyOf(tips);
        cellLines = cellLines == null ? null : List.copyOf(cellLines);
    }
}
