package dev.hmspec.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.compile.DecorationsTestData;
import dev.hmspec.scene.BandTrack;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.ViewInfo;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 10 items 5 and 6 in the page: masked cells, annotation bars and marginal charts under the pointer and zoom. */
class DecorationsBrowserTest {
    static Browser b;

    @BeforeAll static void start() { b = Browser.start(); }
    @AfterAll static void stop() { if (b != null) b.close(); }

    @AfterEach void noConsoleErrors() { assertEquals(List.of(), b.consoleErrors(), "console errors"); }

    static Scene scene(String more) {
        return Browser.compile("heatmap \"t\" {\n  " + DecorationsTestData.MATRIX + "\n  x x\n  y y\n  color v\n"
                + "  size cell 40 x 40\n  interact tooltip, zoom\n" + more + "\n}\n");
    }

    static String tip() { return (String) b.js("var t = document.querySelector('[data-hm-tooltip]'); return t.hidden ? null : t.textContent;"); }

    static void hover(ViewInfo v, double sx, double sy) {
        int[] p = b.client(sx, sy);
        b.actions().moveToLocation(p[0], p[1]).perform();
    }

    static BandTrack band(ViewInfo v, String kind) {
        return v.bandTracks().stream().filter(t -> t.kind().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void a_masked_cell_is_not_painted_and_its_tooltip_says_masked_with_its_value() {
        Scene s = scene("  mask upper");
        ViewInfo v = s.views().get(0);
        b.open(s, "decorations-mask");
        // Cell (col 2, row 0): x = c, y = a, v = 2, above the diagonal; cell (0, 2) below it.
        double cx = v.plotX() + 100, cy = v.plotY() + 20;
        assertEquals(0, PaddingBrowserTest.canvasPixelOf(b, b.client(cx, cy)).get(3).intValue(), "masked: transparent on the canvas");
        assertEquals(255, PaddingBrowserTest.canvasPixelOf(b, b.client(v.plotX() + 20, v.plotY() + 100)).get(3).intValue(),
                "shown: painted");
        hover(v, cx, cy);
        assertEquals("masked\nx: c\ny: a\nv: 2", tip());
        hover(v, v.plotX() + 20, v.plotY() + 100);
        assertEquals("x: a\ny: c\nv: 20", tip());
        String csv = (String) b.js("return hmspec.list[0].exportCsv()");
        assertTrue(csv.startsWith("x,y,v,masked\n"), csv);
        assertTrue(csv.contains("\nc,a,2,masked\n") && csv.contains("\na,c,20,\n"), csv);
        b.shot("decorations-mask");
    }

    @Test
    void hovering_an_annotation_bar_or_a_margin_bar_shows_its_tooltip_and_cells_list_their_annotations() {
        Scene s = scene("  annotate rows g\n  margin top sum(v)");
        ViewInfo v = s.views().get(0);
        b.open(s, "decorations-bars");
        BandTrack a = band(v, "annotation"), m = band(v, "margin");
        hover(v, a.x() + a.width() / 2, v.plotY() + 100);
        assertEquals("y: c\ng: g2", tip(), "the annotation bar of row c");
        // Column b's bar: sum 1 + 11 + 21 = 33, at the bottom of the margin box (bars grow up from the grid).
        hover(v, v.plotX() + 60, m.y() + m.height() - 2);
        assertEquals("x: b\nsum(v): 33", tip(), "the margin bar of column b");
        hover(v, v.plotX() + 60, v.plotY() + 100);
        assertEquals("x: b\ny: c\nv: 21\ng: g2", tip(), "a cell's tooltip lists its row's annotation");
        b.shot("decorations-bars");
    }

    @Test
    void marginal_and_annotation_bars_follow_a_zoom() {
        Scene s = scene("  annotate rows g\n  margin right sum(v)\n  mask upper");
        ViewInfo v = s.views().get(0);
        b.open(s, "decorations-zoom");
        String rect = "var r = document.querySelector('[data-band=\"' + arguments[0] + '\"] rect[data-k=\"' + arguments[1] + '\"]');"
                + "return r ? [+r.getAttribute('y'), +r.getAttribute('height'), +r.getAttribute('width')] : null;";
        @SuppressWarnings("unchecked") List<Number> before = (List<Number>) b.js(rect, "margin-right", 1);
        assertEquals(v.plotY() + 40, before.get(0).doubleValue(), 0.01, "row b's bar at row b");
        assertEquals(40, before.get(1).doubleValue(), 0.01);
        // Zoom to rows b..c: row b now fills the plot's upper half.
        b.js("hmspec.list[0].zoomTo(0, 1, 1/3, 1)");
        @SuppressWarnings("unchecked") List<Number> after = (List<Number>) b.js(rect, "margin-right", 1);
        assertEquals(v.plotY(), after.get(0).doubleValue(), 0.01, "row b's bar moved to the top");
        assertEquals(60, after.get(1).doubleValue(), 0.01, "and grew with the zoom");
        assertEquals(before.get(2).doubleValue(), after.get(2).doubleValue(), 1e-9, "its length (the value) stays");
        assertEquals(null, b.js(rect, "margin-right", 0), "row a is out of view: no bar");
        @SuppressWarnings("unchecked") List<Number> ann = (List<Number>) b.js(rect, "annotation-y-1", 2);
        assertEquals(v.plotY() + 60, ann.get(0).doubleValue(), 0.01, "the annotation bar of row c follows too");
        BandTrack m = band(v, "margin");
        hover(v, m.x() + 2, v.plotY() + 90);
        assertEquals("y: c\nsum(v): 63", tip(), "hover finds the zoomed band");
        b.shot("decorations-zoom");
    }
}
