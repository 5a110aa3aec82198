package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.ViewInfo;
import dev.hmspec.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several views in one file: placed by the file's layout; a named shared color scale trains over all of them. */
class ComposeTest {
    static String view(String title, int scale, String colorOptions) {
        return ("heatmap \"%s\" {\n  data values [[%d, %d], [%d, %d]]\n  x x\n  y y\n  color value %s\n}\n")
                .formatted(title, scale, 2 * scale, 3 * scale, 4 * scale, colorOptions);
    }

    static Scene scene(String text) {
        Compiled c = Hmspec.compile(SourceFile.of("compose.hmspec", text), CompileOptions.defaults());
        assertTrue(c.diagnostics().isEmpty(), c.diagnostics().toString());
        return c.scene().orElseThrow();
    }

    static int legends(Scene s) { return FacetTest.groups(s, "legend").size(); }

    static int color(Scene s, int view, int col, int row) {
        CellGrid g = FacetTest.grids(s).get(view);
        return g.colors()[g.index(col, row)];
    }

    @Test
    void layoutColumnsPutsViewsSideBySideAndWrapFillsRows() {
        Scene cols = scene("layout columns\n" + view("a", 1, "") + view("b", 1, ""));
        ViewInfo a = cols.views().get(0), b = cols.views().get(1);
        assertTrue(b.plotX() > a.plotX() + a.plotWidth(), "b right of a");
        assertEquals(a.plotY(), b.plotY(), 1e-9);
        Scene wrap = scene(view("a", 1, "") + view("b", 1, "") + view("c", 1, "") + "layout wrap 2\n");
        List<ViewInfo> v = wrap.views();
        assertTrue(v.get(1).plotX() > v.get(0).plotX() + v.get(0).plotWidth());
        assertEquals(v.get(0).plotX(), v.get(2).plotX(), 1e-9);
        assertTrue(v.get(2).plotY() > v.get(0).plotY() + v.get(0).plotHeight(), "c starts the second row");
    }

    @Test
    void viewsNamingOneSharedScaleTrainOneDomainAndShowOneLegend() {
        // a holds 1..4, b holds 10..40: on one scale, a's cells sit at the low end, b's 10 and a's... none equal,
        // but a's largest (4) is far from b's largest (40), which takes the top color.
        String shared = "{ shared \"t\" }";
        Scene s = scene(view("a", 1, shared) + view("b", 10, shared));
        assertEquals(1, legends(s));
        assertTrue(s.views().get(1).box("legend").isPresent(), "the last view on the scale draws it");
        assertTrue(s.views().get(0).box("legend").isEmpty());
        Scene own = scene(view("a", 1, "") + view("b", 10, ""));
        assertEquals(2, legends(own));
        assertEquals(color(own, 0, 1, 1), color(own, 1, 1, 1), "apart, each largest value takes the top color");
        assertTrue(color(s, 0, 1, 1) != color(s, 1, 1, 1), "together, a's largest is not b's");
        assertEquals(color(s, 1, 1, 1), color(own, 1, 1, 1), "b's largest still takes the top color");
        assertEquals(new ViewInfo.Link("", "", "", "shared:t"), s.views().get(0).link());
        assertNull(own.views().get(0).link());
    }

    @Test
    void aFacetAndAViewOnOneSharedScaleShareItsDomain() {
        String facet = "heatmap \"f\" {\n  data values [{\"g\": \"p\", \"x\": 1, \"y\": 1, \"v\": 1}, {\"g\": \"q\", \"x\": 1, \"y\": 1, \"v\": 2}]\n"
                + "  x x\n  y y\n  color v { shared \"t\" }\n  facet g\n}\n";
        Scene s = scene(facet + view("b", 10, "{ shared \"t\" }"));
        assertEquals(3, s.views().size());
        assertEquals(1, legends(s));
        assertEquals("shared:t", s.views().get(0).link().color());
        assertEquals("facet-1", s.views().get(0).link().x());
        assertTrue(color(s, 1, 0, 0) != color(s, 2, 1, 1), "the panel's 2 is not b's 40");
    }

    @Test
    void sizeAutoFillsThePageOnlyInAColumnOfPlainViews() {
        String auto = "heatmap \"a\" {\n  data values [[1, 2], [3, 4]]\n  x x\n  y y\n  color value\n  size auto\n}\n";
        assertTrue(scene(auto + auto).views().get(0).runtime().autoSize(), "stacked: the page refits");
        Scene side = scene("layout columns\n" + auto + auto);
        assertTrue(side.views().stream().noneMatch(v -> v.runtime().autoSize()), "side by side: compiled size");
    }
}
