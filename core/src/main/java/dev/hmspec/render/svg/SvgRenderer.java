package dev.hmspec.render.svg;

import dev.hmspec.render.ColorText;
import dev.hmspec.render.RenderMessages;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.ColorRamp;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Line;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Rect;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.Text;
import java.util.List;

/**
 * Scene → SVG 1.1 text. {@link #render} writes a standalone document (namespaces,
 * {@code xlink:href}) that Batik and browsers read; {@link #renderInline} writes the same
 * drawing for embedding in HTML (no namespace URLs, plain {@code href}). Every scene string
 * goes through {@link SvgWriter}, which escapes it.
 */
public final class SvgRenderer {
    public static final String FONT_FAMILY = "DejaVu Sans, Verdana, Arial, sans-serif";
    /** d3-axis offsets: Batik's dominant-baseline support is partial, dy in em works everywhere. */
    static final String TOP_DY = "0.71em", MIDDLE_DY = "0.32em", BOTTOM_DY = "-0.24em";

    private final RenderOptions options;
    private final boolean standalone;
    private final SvgWriter w;
    private final StringBuilder out = new StringBuilder(4096);
    private final boolean cellsOnCanvas;
    private boolean imageGridsAsPlaceholders;
    private boolean markPlotGroups;
    private int rampCount;

    private SvgRenderer(RenderOptions options, boolean standalone, boolean cellsOnCanvas) {
        this.options = options;
        this.standalone = standalone;
        this.cellsOnCanvas = cellsOnCanvas;
        this.w = new SvgWriter(out);
    }

    public static String render(Scene scene, RenderOptions options) {
        return new SvgRenderer(options, true, false).document(scene);
    }

    public static String renderInline(Scene scene, RenderOptions options) {
        return new SvgRenderer(options, false, false).document(scene);
    }

    /**
     * The inline drawing for the interactive page: cell grids become empty placeholders that
     * the page's runtime covers with a canvas (the cells travel once, as a binary payload).
     */
    public static String renderInlineForCanvas(Scene scene, RenderOptions options) {
        return new SvgRenderer(options, false, true).document(scene);
    }

    /**
     * The standalone drawing for a rasterizer that draws image-mode cell grids itself, at its own
     * resolution ({@code PngRenderer}): those grids become empty placeholders, so no embedded
     * image is encoded only to be decoded and resampled again.
     */
    public static String renderWithoutImageGrids(Scene scene, RenderOptions options) {
        SvgRenderer r = new SvgRenderer(options, true, false);
        r.imageGridsAsPlaceholders = true;
        return r.document(scene);
    }

    private String document(Scene scene) {
        if (standalone) out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        String title = scene.title() == null ? "" : scene.title();
        w.start("svg");
        if (standalone) w.attr("xmlns", "http://www.w3.org/2000/svg").attr("xmlns:xlink", "http://www.w3.org/1999/xlink");
        w.attr("version", "1.1").attr("class", "hm-scene")
                .attr("width", scene.width()).attr("height", scene.height())
                .attr("viewBox", "0 0 " + Num.format(scene.width()) + " " + Num.format(scene.height()))
                .attr("role", "img").attr("aria-label", RenderMessages.chartName(title)).attr("font-family", scene.style().fontFamily());
        w.newline().element("title", title);
        if (scene.description() != null && !scene.description().isEmpty()) w.newline().element("desc", scene.description());
        if (ColorText.alpha(scene.background()) != 0) {
            w.newline().start("rect").attr("class", "hm-background").attr("width", "100%").attr("height", "100%");
            paint(w, "fill", scene.background());
            w.end();
        }
        // The runtime looks for one plot area: the "plot" group when the compiler made one, else the cells.
        markPlotGroups = hasPlotGroup(scene.nodes());
        for (Node n : scene.nodes()) node(n);
        w.newline().end().newline();
        return out.toString();
    }

    private void node(Node n) {
        w.newline();
        if (n instanceof Group g) group(g);
        else if (n instanceof Rect r) rect(r);
        else if (n instanceof Text t) text(t);
        else if (n instanceof Line l) line(l);
        else if (n instanceof CellGrid g && (cellsOnCanvas
                || imageGridsAsPlaceholders && CellGridSvg.drawsAsImage(g, options.maxCellRects())))
            CellGridSvg.placeholder(w, g, !markPlotGroups);
        else if (n instanceof CellGrid g)
            CellGridSvg.write(w, g, options.maxCellRects(), !markPlotGroups, standalone ? "xlink:href" : "href");
        else if (n instanceof ColorRamp r) ramp(r);
        else if (n instanceof dev.hmspec.scene.TiledGrid t) node(t.preview()); // a huge grid: the pyramid level that fits
        else throw new IllegalArgumentException("unknown scene node " + n.getClass().getName());
    }

    private void group(Group g) {
        w.start("g");
        role(g.role());
        if ("plot".equals(g.role()) && markPlotGroups) w.attr("data-hm-plot", "");
        if (g.x() != 0 || g.y() != 0) w.attr("transform", "translate(" + Num.format(g.x()) + "," + Num.format(g.y()) + ")");
        for (Node c : g.children()) node(c);
        w.newline().end();
    }

    private void rect(Rect r) {
        w.start("rect").attr("x", r.x()).attr("y", r.y()).attr("width", r.width()).attr("height", r.height());
        role(r.role());
        paint(w, "fill", r.fill());
        if (r.strokeWidth() > 0) {
            paint(w, "stroke", r.stroke());
            w.attr("stroke-width", r.strokeWidth());
        }
        w.end();
    }

    private void text(Text t) {
        w.start("text").attr("x", t.x()).attr("y", t.y());
        role(t.role());
        if (t.angle() != 0)
            w.attr("transform", "rotate(" + Num.format(t.angle()) + "," + Num.format(t.x()) + "," + Num.format(t.y()) + ")");
        w.attr("font-size", t.fontSize());
        if (t.bold()) w.attr("font-weight", "bold");
        if (t.anchor() == Text.Anchor.MIDDLE) w.attr("text-anchor", "middle");
        else if (t.anchor() == Text.Anchor.END) w.attr("text-anchor", "end");
        String dy = dy(t.baseline());
        if (dy != null) w.attr("dy", dy);
        paint(w, "fill", t.color());
        w.text(t.text()).end();
    }

    static String dy(Text.Baseline b) {
        if (b == null) return null;
        switch (b) {
            case TOP: return TOP_DY;
            case MIDDLE: return MIDDLE_DY;
            case BOTTOM: return BOTTOM_DY;
            default: return null;
        }
    }

    private void line(Line l) {
        w.start("line").attr("x1", l.x1()).attr("y1", l.y1()).attr("x2", l.x2()).attr("y2", l.y2());
        role(l.role());
        paint(w, "stroke", l.color());
        w.attr("stroke-width", l.width()).end();
    }

    private void ramp(ColorRamp r) {
        String id = "hm-ramp-" + rampCount++;
        w.start("defs").start("linearGradient").attr("id", id)
                .attr("x1", 0).attr("y1", r.vertical() ? 1 : 0).attr("x2", r.vertical() ? 0 : 1).attr("y2", 0);
        for (ColorRamp.Stop s : r.stops()) {
            w.start("stop").attr("offset", Math.max(0, Math.min(1, s.offset()))).attr("stop-color", ColorText.rgb(s.color()));
            if (ColorText.alpha(s.color()) < 255) w.attr("stop-opacity", ColorText.opacity(s.color()));
            w.end();
        }
        w.end().end();
        w.newline().start("rect").attr("x", r.x()).attr("y", r.y()).attr("width", r.width()).attr("height", r.height());
        role(r.role());
        w.attr("fill", "url(#" + id + ")").end();
    }

    private void role(String role) {
        if (role == null || role.isBlank()) return;
        w.attr("class", "hm-" + role.trim().replaceAll("[^A-Za-z0-9_-]+", "-")).attr("data-role", role);
    }

    /** {@code #rrggbb} plus an opacity attribute when translucent; "none" when fully transparent. */
    static void paint(SvgWriter w, String property, int argb) {
        int a = ColorText.alpha(argb);
        if (a == 0) {
            w.attr(property, "none");
            return;
        }
        w.attr(property, ColorText.rgb(argb));
        if (a < 255) w.attr(property + "-opacity", ColorText.opacity(argb));
    }

    private static boolean hasPlotGroup(List<Node> nodes) {
        for (Node n : nodes)
            if (n instanceof Group g && ("plot".equals(g.role()) || hasPlotGroup(g.children()))) return true;
        return false;
    }
}
