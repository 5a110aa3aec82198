package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.ViewInfo;
import dev.hmspec.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facets: one panel per value, shared bands and one color scale by default, outer axes only. */
class FacetTest {
    /** Three groups; group "b" lacks x = 3 and has the largest value; "c" has only small values. */
    static final String DATA = """
              data values [
                {"g": "b", "x": 1, "y": "p", "v": 50}, {"g": "b", "x": 2, "y": "p", "v": 40},
                {"g": "a", "x": 1, "y": "p", "v": 1},  {"g": "a", "x": 2, "y": "q", "v": 2}, {"g": "a", "x": 3, "y": "p", "v": 3},
                {"g": "c", "x": 3, "y": "q", "v": 1},  {"g": "c", "x": 1, "y": "q", "v": 2}
              ]
            """;

    static Scene scene(String body) {
        Compiled c = Hmspec.compile(SourceFile.of("facet.hmspec", "heatmap \"F\" {\n" + DATA + body + "\n}\n"),
                CompileOptions.defaults());
        assertTrue(c.diagnostics().stream().noneMatch(d -> d.isError()), c.diagnostics().toString());
        return c.scene().orElseThrow();
    }

    static List<Group> groups(Scene s, String role) {
        List<Group> out = new ArrayList<>();
        for (Group g : ColorMappingProperties.find(s.nodes(), Group.class)) if (g.role().equals(role)) out.add(g);
        return out;
    }

    static List<CellGrid> grids(Scene s) { return ColorMappingProperties.find(s.nodes(), CellGrid.class); }

    @Test
    void facetDrawsOnePanelPerValueInTheOrderOfABandAxisTitledByTheValue() {
        // Text keys keep the data's first-seen order, as on x and y; numbers sort.
        Scene s = scene("x x\ny y\ncolor v\nfacet g wrap 2");
        assertEquals(List.of("b", "a", "c"), s.views().stream().map(ViewInfo::title).toList());
        Scene byX = scene("x y\ny g\ncolor v\nfacet x wrap 2");
        assertEquals(List.of("1", "2", "3"), byX.views().stream().map(ViewInfo::title).toList());
        assertEquals(List.of("view-1", "view-2", "view-3"), s.views().stream().map(ViewInfo::id).toList());
        assertEquals(1, groups(s, "facet").size());
    }

    @Test
    void sharedBandsGiveEveryPanelEveryKeyInOneOrderAndLeaveMissingCellsEmpty() {
        Scene s = scene("x x\ny y\ncolor v\nfacet g wrap 3");
        for (CellGrid g : grids(s)) {
            assertEquals(List.of("1", "2", "3"), g.columnKeys());
            assertEquals(List.of("p", "q"), g.rowKeys());
        }
        CellGrid b = grids(s).get(0), a = grids(s).get(1);
        // Panel "b" has no row at x = 3: the band is still there, its cell has no data (as in any heatmap).
        assertTrue(Double.isNaN(b.values()[b.index(2, 0)]));
        assertEquals(a.colors()[a.index(1, 0)], b.colors()[b.index(2, 0)]);
        assertEquals(2.0, a.values()[a.index(1, 1)]);
        assertEquals(50.0, b.values()[b.index(0, 0)]);
    }

    @Test
    void sharedColorTrainsOneDomainOverAllPanelsAndDrawsOneLegend() {
        Scene s = scene("x x\ny y\ncolor v\nfacet g wrap 3");
        assertEquals(1, groups(s, "legend").size());
        List<CellGrid> g = grids(s);
        // Value 1 in panel "a" and value 1 in panel "c" have one color; panel c's largest (2) is far from b's 50.
        int aOne = g.get(1).colors()[g.get(1).index(0, 0)], cOne = g.get(2).colors()[g.get(2).index(2, 1)];
        assertEquals(aOne, cOne);
        int cMax = g.get(2).colors()[g.get(2).index(0, 1)], bMax = g.get(0).colors()[g.get(0).index(0, 0)];
        assertNotEquals(cMax, bMax);
        for (ViewInfo v : s.views()) assertEquals(new ViewInfo.Link("facet-1", "facet-1", "facet-1", "facet-1"), v.link());
    }

    @Test
    void independentColorGivesEachPanelItsOwnScaleAndLegend() {
        Scene s = scene("x x\ny y\ncolor v\nfacet g wrap 3\nscales independent color");
        assertEquals(3, groups(s, "legend").size());
        List<CellGrid> g = grids(s);
        // Each panel's largest value takes the top color of its own scale.
        int bMax = g.get(0).colors()[g.get(0).index(0, 0)], cMax = g.get(2).colors()[g.get(2).index(0, 1)];
        assertEquals(bMax, cMax);
        assertEquals("", s.views().get(0).link().color());
    }

    @Test
    void sharedAxesAreDrawnOnlyOnTheOuterPanels() {
        // Rows of two: b a / c. Panel a has no panel below it, so it draws x too; only a and c draw y.
        Scene s = scene("x x\ny y\ncolor v\nfacet g wrap 2");
        List<Boolean> xAxis = s.views().stream().map(v -> v.box("axis-x").isPresent()).toList();
        List<Boolean> yAxis = s.views().stream().map(v -> v.box("axis-y").isPresent()).toList();
        assertEquals(List.of(false, true, true), xAxis);
        assertEquals(List.of(true, false, true), yAxis);
        // Panels in one column line up: b's and c's plots start at the same x.
        assertEquals(s.views().get(0).plotX(), s.views().get(2).plotX(), 1e-9);
        assertEquals(s.views().get(0).plotWidth(), s.views().get(1).plotWidth(), 1e-9);
    }

    @Test
    void independentXKeepsOnlyEachPanelsOwnKeysAndUnlinksX() {
        Scene s = scene("x x\ny y\ncolor v\nfacet g wrap 3\nscales independent x");
        assertEquals(List.of("1", "2"), grids(s).get(0).columnKeys());
        assertEquals(List.of("1", "2", "3"), grids(s).get(1).columnKeys());
        assertEquals(List.of("1", "3"), grids(s).get(2).columnKeys());
        assertTrue(s.views().stream().allMatch(v -> v.box("axis-x").isPresent()));
        assertEquals("", s.views().get(0).link().x());
        assertEquals("facet-1", s.views().get(0).link().y());
    }

    @Test
    void facetRowStacksPanelsAndFacetColumnPutsThemSideBySide() {
        Scene rows = scene("x x\ny y\ncolor v\nfacet row g");
        assertTrue(rows.views().get(1).plotY() > rows.views().get(0).plotY());
        assertEquals(rows.views().get(0).plotX(), rows.views().get(1).plotX(), 1e-9);
        Scene cols = scene("x x\ny y\ncolor v\nfacet column g");
        assertTrue(cols.views().get(1).plotX() > cols.views().get(0).plotX());
        assertEquals(cols.views().get(0).plotY(), cols.views().get(1).plotY(), 1e-9);
    }

    @Test
    void aFixedSizeSizesEachPanelsGrid() {
        Scene s = scene("x x\ny y\ncolor v\nfacet g wrap 3\nsize 300 x 100");
        for (ViewInfo v : s.views()) {
            assertEquals(300, v.plotWidth(), 1e-6);
            assertEquals(100, v.plotHeight(), 1e-6);
        }
    }

    static List<Node> all(Scene s) { return s.nodes(); }

    @Test
    void aFacetValueIsEscapedInEveryOutput() {
        String evil = "</script><svg onload=alert(1)>";
        Compiled c = Hmspec.compile(SourceFile.of("evil.hmspec", "heatmap \"F\" {\n  data values [{\"g\": \""
                + evil.replace("\"", "\\\"") + "\", \"x\": 1, \"y\": 1, \"v\": 1}]\n  x x\n  y y\n  color v\n  facet g\n}\n"),
                CompileOptions.defaults());
        Scene s = c.scene().orElseThrow(() -> new AssertionError(c.diagnostics().toString()));
        assertEquals(evil, s.views().get(0).title());
        for (var format : List.of(dev.hmspec.render.Format.SVG, dev.hmspec.render.Format.HTML)) {
            String out = new String(dev.hmspec.render.Renderers.render(s, format, dev.hmspec.render.RenderOptions.defaults()),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(!out.contains("<svg onload"), format + " escapes the panel title");
        }
    }
}
