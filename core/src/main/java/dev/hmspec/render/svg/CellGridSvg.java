package dev.hmspec.render.svg;

import dev.hmspec.render.ColorText;
import dev.hmspec.scene.CellGrid;

/**
 * Writes a CellGrid: one {@code <rect>} per cell (with a native {@code <title>} tooltip and
 * {@code data-col}/{@code data-row}) while the grid is small, else one embedded raster image
 * with labels and tooltips left to the interactive runtime. Cells with alpha 0 are absent.
 */
public final class CellGridSvg {
    private CellGridSvg() {}

    /** Image pixels per drawn unit, each way, at most: sharp at the PNG's default 2x and on high-DPI screens. */
    static final int IMAGE_OVERSAMPLE = 2;

    public static boolean drawsAsImage(CellGrid g, int maxCellRects) {
        return (long) g.columns() * g.rows() > maxCellRects;
    }

    static void write(SvgWriter w, CellGrid g, int maxCellRects, boolean markPlot, String hrefAttribute) {
        if (drawsAsImage(g, maxCellRects)) image(w, g, markPlot, hrefAttribute);
        else {
            rects(w, g, markPlot);
            if (g.labels() != null) labels(w, g);
        }
    }

    private static void open(SvgWriter w, CellGrid g, String mode, boolean markPlot) {
        w.start("g").attr("class", "hm-cells").attr("data-role", "cells").attr("data-cells", mode)
                .attr("data-columns", g.columns()).attr("data-rows", g.rows());
        if (markPlot) w.attr("data-hm-plot", "");
        if (g.x() != 0 || g.y() != 0) w.attr("transform", "translate(" + Num.format(g.x()) + "," + Num.format(g.y()) + ")");
    }

    /** An empty plot-sized group the page runtime finds by {@code data-cells="canvas"} and draws over. */
    static void placeholder(SvgWriter w, CellGrid g, boolean markPlot) {
        open(w, g, "canvas", markPlot);
        double[] ce = g.columnEdges(), re = g.rowEdges();
        w.newline().start("rect").attr("class", "hm-plot-area")
                .attr("x", Math.min(ce[0], ce[g.columns()])).attr("y", Math.min(re[0], re[g.rows()]))
                .attr("width", Math.abs(g.width())).attr("height", Math.abs(g.height())).attr("fill", "none").end();
        w.newline().end();
    }

    private static void rects(SvgWriter w, CellGrid g, boolean markPlot) {
        open(w, g, "rects", markPlot);
        // crispEdges: no anti-aliased seams between neighbours, exact colours at cell centres.
        w.attr("shape-rendering", "crispEdges");
        // Each rect covers the cell's band (its slot less the insets), so padding shows as gaps.
        double[][] cs = new double[g.columns()][], rs = new double[g.rows()][];
        for (int col = 0; col < cs.length; col++) cs[col] = g.columnSpan(col);
        for (int row = 0; row < rs.length; row++) rs[row] = g.rowSpan(row);
        for (int row = 0; row < g.rows(); row++) {
            for (int col = 0; col < g.columns(); col++) {
                int i = g.index(col, row);
                int color = g.colors()[i];
                if (ColorText.alpha(color) == 0) continue;
                double[] c = cs[col], r = rs[row];
                w.newline().start("rect")
                        .attr("x", c[0]).attr("y", r[0]).attr("width", c[1] - c[0]).attr("height", r[1] - r[0]);
                SvgRenderer.paint(w, "fill", color);
                w.attr("data-col", col).attr("data-row", row);
                String tip = g.tooltips() == null ? null : g.tooltips()[i];
                if (tip != null) w.element("title", tip);
                w.end();
            }
        }
        w.newline().end();
    }

    private static void labels(SvgWriter w, CellGrid g) {
        w.newline().start("g").attr("class", "hm-cell-labels").attr("data-role", "cell-labels")
                .attr("pointer-events", "none").attr("text-anchor", "middle").attr("font-size", g.labelFontSize());
        if (g.x() != 0 || g.y() != 0) w.attr("transform", "translate(" + Num.format(g.x()) + "," + Num.format(g.y()) + ")");
        double[] ce = g.columnEdges(), re = g.rowEdges();
        for (int row = 0; row < g.rows(); row++) {
            for (int col = 0; col < g.columns(); col++) {
                int i = g.index(col, row);
                String label = g.labels()[i];
                if (label == null || label.isEmpty() || ColorText.alpha(g.colors()[i]) == 0) continue;
                w.newline().start("text").attr("x", (ce[col] + ce[col + 1]) / 2).attr("y", (re[row] + re[row + 1]) / 2)
                        .attr("dy", SvgRenderer.MIDDLE_DY);
                SvgRenderer.paint(w, "fill", g.labelColors()[i]);
                w.text(label).end();
            }
        }
        w.newline().end();
    }

    private static void image(SvgWriter w, CellGrid g, boolean markPlot, String hrefAttribute) {
        open(w, g, "image", markPlot);
        double[] ce = g.columnEdges(), re = g.rowEdges();
        double x0 = Math.min(ce[0], ce[g.columns()]), y0 = Math.min(re[0], re[g.rows()]);
        // optimizeSpeed is the SVG 1.1 spelling Batik understands (nearest neighbour); the
        // HTML page's stylesheet adds image-rendering: pixelated for browsers.
        w.newline().start("image").attr("class", "hm-raster")
                .attr("x", x0).attr("y", y0).attr("width", Math.abs(g.width())).attr("height", Math.abs(g.height()))
                .attr("preserveAspectRatio", "none").attr("image-rendering", "optimizeSpeed")
                .attr(hrefAttribute, CellRaster.dataUri(g, IMAGE_OVERSAMPLE)).end();
        w.newline().end();
    }
}
