package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.analysis.Normalize;
import dev.hmspec.analysis.RobustDomain;
import dev.hmspec.cluster.HierarchicalClustering;
import dev.hmspec.cluster.Linkage;
import dev.hmspec.cluster.Metric;
import dev.hmspec.color.Schemes;
import dev.hmspec.render.Format;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.Renderers;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.DendrogramInfo;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.LayoutBox;
import dev.hmspec.scene.Line;
import dev.hmspec.scene.Rect;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.Text;
import dev.hmspec.scene.ViewInfo;
import dev.hmspec.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** normalize, cluster and robust compiled into the scene: the grid's order and values, dendrograms, cut. */
class ClusteredSceneTest {
    static final int ROWS = 9, COLS = 6;

    /** Input row r, column c: three row groups with distinct profiles, on different scales, plus a fixed ripple. */
    static double value(int r, int c) {
        int g = r % 3;
        return (r + 1) * (g == 0 ? c : g == 1 ? COLS - c : (c % 2) * 3) + ((r * 31 + c * 17) % 7) * 0.05;
    }

    static String data() {
        StringBuilder s = new StringBuilder("data values [");
        for (int r = 0; r < ROWS; r++)
            for (int c = 0; c < COLS; c++)
                s.append(r + c == 0 ? "" : ",").append(String.format(Locale.ROOT,
                        "{\"g\":\"g%d\",\"k\":\"k%d\",\"v\":%.4f}", r, c, value(r, c)));
        return s.append("]").toString();
    }

    static Scene scene(String color, String body) {
        String spec = "heatmap \"t\" {\n  " + data() + "\n  x k\n  y g\n  color v" + color + "\n" + body + "\n  size 400 x 300\n}\n";
        Compiled c = Hmspec.compile(SourceFile.of("t.hmspec", spec), CompileOptions.defaults());
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        return c.scene().orElseThrow();
    }

    static CellGrid grid(Scene s) { return ColorMappingProperties.find(s.nodes(), CellGrid.class).get(0); }

    static Group group(Scene s, String role) {
        return ColorMappingProperties.find(s.nodes(), Group.class).stream().filter(g -> g.role().equals(role)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + role));
    }

    static boolean hasGroup(Scene s, String role) {
        return ColorMappingProperties.find(s.nodes(), Group.class).stream().anyMatch(g -> g.role().equals(role));
    }

    static double[] input() {
        double[] v = new double[ROWS * COLS];
        for (int r = 0; r < ROWS; r++) for (int c = 0; c < COLS; c++) v[r * COLS + c] = Double.parseDouble(String.format(Locale.ROOT, "%.4f", value(r, c)));
        return v;
    }

    static List<String> names(String prefix, int[] order) {
        List<String> out = new ArrayList<>();
        for (int i : order) out.add(prefix + i);
        return out;
    }

    @Test @DisplayName("cluster rows orders the rows as HierarchicalClustering does on the z-scored grid, over any sort")
    void rowsFollowTheClustering() {
        double[] z = Normalize.apply(input(), ROWS, COLS, Normalize.Method.ZSCORE, Normalize.Over.ROWS).values();
        int[] order = HierarchicalClustering.clusterRows(z, ROWS, COLS,
                new HierarchicalClustering.Options(Linkage.AVERAGE, Metric.CORRELATION, true)).order();
        Scene s = scene("", "  normalize zscore by row\n  cluster rows { metric correlation }");
        CellGrid g = grid(s);
        assertEquals(names("g", order), g.rowKeys());
        assertEquals(names("k", new int[] {0, 1, 2, 3, 4, 5}), g.columnKeys(), "columns keep their order");
        // The grid holds the normalized values, moved with their rows.
        for (int r = 0; r < ROWS; r++)
            for (int c = 0; c < COLS; c++)
                assertEquals(z[order[r] * COLS + c], g.values()[g.index(c, r)], 1e-12);
        // The three profiles come out as three blocks of adjacent rows.
        Set<Integer> seen = new HashSet<>();
        int blocks = 0, last = -1;
        for (int r : order) { if (r % 3 != last) { blocks++; assertTrue(seen.add(r % 3), "group split: " + g.rowKeys()); last = r % 3; } }
        assertEquals(3, blocks);
    }

    @Test @DisplayName("the row dendrogram is drawn left of the grid: one bracket per merge, feet on the band centres")
    void rowDendrogramGeometry() {
        Scene s = scene("", "  cluster rows { dendrogram 80 }");
        ViewInfo v = s.views().get(0);
        LayoutBox box = v.box("dendrogram-y").orElseThrow();
        assertEquals(80, box.width(), 1e-9);
        assertTrue(box.x() + box.width() <= v.plotX(), "left of the grid");
        List<Line> lines = ColorMappingProperties.find(group(s, "dendrogram-y").children(), Line.class);
        assertEquals(3 * (ROWS - 1), lines.size());
        double base = box.x() + box.width() - DendrogramTrack.GAP, step = v.plotHeight() / ROWS;
        Set<Long> feet = new HashSet<>();
        for (Line l : lines) if (Math.abs(l.x1() - base) < 1e-9) feet.add(Math.round((l.y1() - v.plotY()) / step - 0.5));
        assertEquals(ROWS, feet.size(), "every row has a leaf foot at its band centre");
        double root = lines.stream().mapToDouble(l -> Math.min(l.x1(), l.x2())).min().orElseThrow();
        assertEquals(box.x(), root, 1e-9, "the root merge reaches the track's outer edge");
        DendrogramInfo d = v.dendrograms().get(0);
        assertEquals("y", d.axis());
        assertEquals(ROWS, d.leaves());
    }

    @Test @DisplayName("cluster columns draws the dendrogram above the grid; dendrogram none keeps the order, hides the tree")
    void columnsAndNone() {
        Scene s = scene("", "  cluster columns");
        ViewInfo v = s.views().get(0);
        LayoutBox box = v.box("dendrogram-x").orElseThrow();
        assertTrue(box.y() + box.height() <= v.plotY(), "above the grid");
        assertEquals(3 * (COLS - 1), ColorMappingProperties.find(group(s, "dendrogram-x").children(), Line.class).size());
        Scene hidden = scene("", "  cluster columns { dendrogram none }");
        assertFalse(hasGroup(hidden, "dendrogram-x"));
        assertEquals(grid(s).columnKeys(), grid(hidden).columnKeys());
        assertFalse(hidden.views().get(0).dendrograms().get(0).drawn());
    }

    @Test @DisplayName("cut 3 colors each cluster's branches, draws a bar of 3 runs and a legend of 3 swatches")
    void cut() {
        Scene s = scene(" { scheme viridis }", "  cluster rows { metric correlation  cut 3 }");
        List<Rect> bar = ColorMappingProperties.find(group(s, "clusters-y").children(), Rect.class);
        assertEquals(3, bar.size());
        double total = bar.stream().mapToDouble(Rect::height).sum();
        assertEquals(s.views().get(0).plotHeight(), total, 1e-9, "the bar runs cover every row");
        Set<Integer> barColors = new HashSet<>();
        bar.forEach(r -> barColors.add(r.fill()));
        assertEquals(3, barColors.size());
        Set<Integer> branchColors = new HashSet<>();
        ColorMappingProperties.find(group(s, "dendrogram-y").children(), Line.class).forEach(l -> branchColors.add(l.color()));
        assertTrue(branchColors.containsAll(barColors), "branches below the cut take their cluster's color");
        assertTrue(branchColors.contains(Theme.RULE), "the branches above the cut stay grey");
        List<Integer> dark2 = Schemes.find("dark2").orElseThrow().colors();
        assertTrue(dark2.containsAll(barColors), "a categorical palette, not the grid's viridis");
        Group legend = group(s, "legend-clusters");
        assertEquals(3, ColorMappingProperties.find(legend.children(), Rect.class).size());
        assertTrue(ColorMappingProperties.find(legend.children(), Text.class).stream().anyMatch(t -> t.text().equals("row clusters")));
    }

    @Test @DisplayName("robust: the color domain is the 2nd-98th percentile, outliers clamped to the end colors, the legend says so")
    void robust() {
        Scene s = scene(" { robust }", "");
        CellGrid g = grid(s);
        var domain = RobustDomain.of(input()).orElseThrow();
        double[] key = s.views().get(0).runtime().color().domain();
        assertEquals(domain.min(), key[0], 1e-12);
        assertEquals(domain.max(), key[1], 1e-12);
        int top = -1;
        for (int i = 0; i < g.values().length; i++) if (g.values()[i] > (top < 0 ? -1e300 : g.values()[top])) top = i;
        int atMax = ColorMappingProperties.find(s.nodes(), dev.hmspec.scene.ColorRamp.class).get(0).stops()
                .get(ColorMappingProperties.find(s.nodes(), dev.hmspec.scene.ColorRamp.class).get(0).stops().size() - 1).color();
        assertEquals(atMax, g.colors()[top], "the largest value, above the domain, gets the last color");
        assertTrue(ColorMappingProperties.find(s.nodes(), Text.class).stream().anyMatch(t -> t.text().contains("clamped")));
    }

    @Test @DisplayName("SVG and PNG draw the dendrogram; the same spec gives the same bytes")
    void renderers() {
        Scene a = scene("", "  normalize minmax by column\n  cluster both { cut 2 }");
        Scene b = scene("", "  normalize minmax by column\n  cluster both { cut 2 }");
        String svg = new String(Renderers.render(a, Format.SVG, RenderOptions.defaults()), StandardCharsets.UTF_8);
        assertTrue(svg.contains("data-role=\"dendrogram-y\"") && svg.contains("data-role=\"dendrogram-x\""), "both trees in the SVG");
        assertArrayEquals(Renderers.render(a, Format.SVG, RenderOptions.defaults()), Renderers.render(b, Format.SVG, RenderOptions.defaults()));
        assertArrayEquals(Renderers.render(a, Format.HTML, RenderOptions.defaults()), Renderers.render(b, Format.HTML, RenderOptions.defaults()));
        assertTrue(Renderers.render(a, Format.PNG, RenderOptions.defaults()).length > 1000);
    }

    @Test @DisplayName("above 1,000 rows the tree's own order is used with warning HM418; order tree silences it")
    void treeOrderAboveTheLimit() {
        StringBuilder d = new StringBuilder("data values [");
        int n = dev.hmspec.resolve.ResolvedCluster.AUTO_OPTIMAL_LIMIT + 1;
        for (int r = 0; r < n; r++)
            d.append(r == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"g\":%d,\"k\":\"a\",\"v\":%d},{\"g\":%d,\"k\":\"b\",\"v\":%d}", r, (r * 37) % 101, r, (r * 53) % 97));
        String spec = "heatmap \"t\" {\n  " + d + "]\n  x k\n  y g\n  color v\n  cluster rows%s\n}\n";
        Compiled auto = Hmspec.compile(SourceFile.of("t.hmspec", String.format(spec, "")), CompileOptions.defaults());
        assertTrue(auto.diagnostics().stream().anyMatch(x -> x.code().equals("HM418") && x.line() == 6), auto.diagnostics().toString());
        Compiled tree = Hmspec.compile(SourceFile.of("t.hmspec", String.format(spec, " { order tree }")), CompileOptions.defaults());
        assertTrue(tree.diagnostics().stream().noneMatch(x -> x.code().equals("HM418")), tree.diagnostics().toString());
        assertEquals(grid(auto.scene().orElseThrow()).rowKeys(), grid(tree.scene().orElseThrow()).rowKeys());
    }

    @Test @DisplayName("a constant row under normalize zscore by row shows 0 and warns HM419")
    void constantRows() {
        String spec = "heatmap \"t\" {\n  data values [{\"g\":\"a\",\"k\":\"p\",\"v\":2},{\"g\":\"a\",\"k\":\"q\",\"v\":2},"
                + "{\"g\":\"b\",\"k\":\"p\",\"v\":1},{\"g\":\"b\",\"k\":\"q\",\"v\":3}]\n  x k\n  y g\n  color v\n"
                + "  normalize zscore by row\n}\n";
        Compiled c = Hmspec.compile(SourceFile.of("t.hmspec", spec), CompileOptions.defaults());
        assertTrue(c.diagnostics().stream().anyMatch(x -> x.code().equals("HM419") && x.line() == 6), c.diagnostics().toString());
        CellGrid g = grid(c.scene().orElseThrow());
        assertEquals(0, g.values()[g.index(0, 0)]);
        assertEquals(0, g.values()[g.index(1, 0)]);
    }
}
