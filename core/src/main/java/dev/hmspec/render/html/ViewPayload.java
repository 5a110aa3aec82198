package dev.hmspec.render.html;

import dev.hmspec.render.ColorText;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.LayoutBox;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.RuntimeInfo;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.ViewInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One view's entry in the page data: its metadata, the runtime details and its cell grid's
 * descriptor. Per-cell strings (labels, tooltips) are sent only for grids small enough to
 * draw them ({@link RenderOptions#maxCellRects()}); large grids format tooltips in the page.
 */
final class ViewPayload {
    private ViewPayload() {}

    record Built(Map<String, Object> json, CellPayload.Encoded cells, String blobId, boolean autoSize) {}

    static List<Built> build(Scene scene, RenderOptions options) {
        List<Node> grids = new ArrayList<>();
        collect(scene.nodes(), grids);
        List<Built> out = new ArrayList<>();
        for (int i = 0; i < scene.views().size(); i++)
            out.add(build(scene.views().get(i), i < grids.size() ? grids.get(i) : null, i, options));
        return out;
    }

    private static Built build(ViewInfo v, Node grid, int index, RenderOptions options) {
        CellGrid g = grid instanceof CellGrid c ? c : null;
        RuntimeInfo rt = v.runtime();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("title", v.title());
        m.put("plot", new double[] {v.plotX(), v.plotY(), v.plotWidth(), v.plotHeight()});
        m.put("xField", v.xField());
        m.put("yField", v.yField());
        m.put("colorField", v.colorField());
        m.put("interactions", v.interactions());
        if (v.link() != null) m.put("link", v.link()); // facet panels and shared scales: runtime/link.js
        if (!v.boxes().isEmpty()) {
            // The layout's placed boxes, so the page re-lays out from them instead of measuring the drawing.
            Map<String, double[]> boxes = new LinkedHashMap<>();
            for (LayoutBox b : v.boxes()) boxes.put(b.role(), new double[] {b.x(), b.y(), b.width(), b.height()});
            m.put("boxes", boxes);
        }
        if (rt != null) {
            // Ordered maps only: Map.of iterates in an order that changes between JVM runs (issue 11 item 10).
            m.put("axes", ordered("x", rt.x(), "y", rt.y()));
            m.put("tooltip", rt.tooltip());
            RuntimeInfo.ColorKey k = rt.color();
            m.put("legend", ordered("ramp", new double[] {k.rampX(), k.rampY(), k.rampWidth(), k.rampHeight()},
                    "domain", k.domain()));
        }
        String blobId = "hm-cells-" + (index + 1);
        CellPayload.Encoded cells = null;
        if (g != null) {
            cells = CellPayload.encode(g, rt == null ? null : rt.color());
            m.put("columns", g.columns());
            m.put("rows", g.rows());
            m.put("xKeys", keys(g.columnKeys()));
            m.put("yKeys", keys(g.rowKeys()));
            if (!uniform(g.columnEdges())) m.put("xEdges", g.columnEdges());
            if (!uniform(g.rowEdges())) m.put("yEdges", g.rowEdges());
            if (g.columnInset() > 0) m.put("xInset", g.columnInset());
            if (g.rowInset() > 0) m.put("yInset", g.rowInset());
            Map<String, Object> c = new LinkedHashMap<>(cells.descriptor());
            c.put("blob", blobId);
            m.put("cells", c);
            boolean small = (long) g.columns() * g.rows() <= options.maxCellRects();
            if (small && g.labels() != null) {
                m.put("labels", g.labels());
                List<String> colors = new ArrayList<>();
                for (int lc : g.labelColors()) colors.add(ColorText.rgb(lc));
                m.put("labelColors", colors);
                m.put("labelSize", g.labelFontSize());
            }
            boolean needStrings = rt == null || rt.tooltip().stream().anyMatch(t -> t.channel().equals("other"));
            if (small && needStrings && g.tooltips() != null) m.put("tooltips", g.tooltips());
        }
        if (grid instanceof dev.hmspec.scene.TiledGrid t && rt != null) TilePayload.put(m, t, rt.color());
        if (!v.dendrograms().isEmpty()) m.put("dendrograms", DendrogramPayload.of(v.dendrograms())); // issue 10
        DecorationPayload.add(v, g, m);
        return new Built(m, cells, blobId, rt != null && rt.autoSize());
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static boolean uniform(double[] e) {
        int n = e.length - 1;
        double step = (e[n] - e[0]) / n;
        for (int i = 0; i < n; i++) if (Math.abs(e[i + 1] - e[i] - step) > Math.abs(step) * 1e-6) return false;
        return step > 0;
    }

    private static void collect(List<Node> nodes, List<Node> out) {
        for (Node n : nodes) {
            if (n instanceof CellGrid || n instanceof dev.hmspec.scene.TiledGrid) out.add(n);
            else if (n instanceof Group gr) collect(gr.children(), out);
        }
    }

    /**
     * Keys as sent: consecutive integers ("0", "1", … as matrices have) as {from, count},
     * which the runtime expands back to the same strings; anything else as the list itself.
     */
    static Object keys(List<String> keys) {
        if (keys.size() < 3) return keys;
        long from;
        try {
            from = Long.parseLong(keys.get(0));
        } catch (NumberFormatException e) {
            return keys;
        }
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.get(i).equals(Long.toString(from + i))) return keys;
        }
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", from);
        range.put("count", keys.size());
        return range;
    }
}
