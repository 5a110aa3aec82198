package dev.hmspec.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.scene.Scene;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Facet panels in Chromium: hover, zoom and the legend follow across panels along shared scales only. */
class FacetLinkBrowserTest {
    static final int COLS = 6, ROWS = 4;
    static Browser b;

    @BeforeAll static void start() { b = Browser.start(); }
    @AfterAll static void stop() { if (b != null) b.close(); }

    @AfterEach void noConsoleErrors() { assertEquals(List.of(), b.consoleErrors(), "console errors"); }

    /** Two panels (g = A, B) of COLS x ROWS cells; B's values are ten times A's. */
    static Scene page(String extra) {
        StringBuilder rows = new StringBuilder();
        for (String g : List.of("A", "B"))
            for (int c = 0; c < COLS; c++)
                for (int r = 0; r < ROWS; r++)
                    rows.append(rows.length() == 0 ? "" : ",\n").append("{\"g\": \"").append(g).append("\", \"c\": ").append(c)
                            .append(", \"r\": ").append(r).append(", \"v\": ").append((c + r * COLS) * (g.equals("A") ? 1 : 10)).append('}');
        return Browser.compile("heatmap \"Facets\" {\n data values [\n" + rows + "]\n x c\n y r\n color v\n facet g wrap 2\n"
                + extra + "\n interact tooltip, crosshair, zoom x, brush, legend\n}\n");
    }

    /** Viewport point of the centre of cell (c, r) in panel {@code view} at its current zoom. */
    int[] cell(int view, int c, int r) {
        @SuppressWarnings("unchecked")
        List<Number> p = (List<Number>) b.js("var s = hmspec.list[arguments[0]].state;"
                + "var fx = (arguments[1] + 0.5) / " + COLS + ", fy = (arguments[2] + 0.5) / " + ROWS + ";"
                + "return [s.plot[0] + (fx - s.x[0]) / (s.x[1] - s.x[0]) * s.plot[2], s.plot[1] + (fy - s.y[0]) / (s.y[1] - s.y[0]) * s.plot[3]];",
                view, c, r);
        return b.client(p.get(0).doubleValue(), p.get(1).doubleValue());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> state(int view) { return (Map<String, Object>) b.js("return hmspec.list[arguments[0]].state", view); }

    Object linked(int view) { return b.js("var l = hmspec.list[arguments[0]].linked; return l && {col: l.col, row: l.row};", view); }

    void zoomIn(int view) {
        int[] p = cell(view, 2, 1);
        for (int i = 0; i < 3; i++) b.actions().scrollFromOrigin(WheelInput.ScrollOrigin.fromViewport(p[0], p[1]), 0, -200).perform();
        new WebDriverWait(b.driver, Duration.ofSeconds(5))
                .until(d -> ((Number) ((List<?>) state(view).get("zoom")).get(0)).doubleValue() > 1.5);
    }

    @Test
    void hoverInOnePanelMarksTheSameKeyInTheOther() {
        b.open(page(""), "facet-hover");
        int[] p = cell(0, 2, 1);
        b.actions().moveToLocation(p[0], p[1]).perform();
        assertEquals(Map.of("col", List.of(2L, 2L), "row", List.of(1L, 1L)), linked(1));
        assertEquals("inline", b.js("var m = document.querySelector('.hm-overlay[data-view=\"view-2\"] .hm-link');"
                + "return m && m.getAttribute('display');"), "panel B draws the mark");
        b.shot("facet-hover");
        int[] q = cell(1, 4, 3);
        b.actions().moveToLocation(q[0], q[1]).perform();
        assertEquals(Map.of("col", List.of(4L, 4L), "row", List.of(3L, 3L)), linked(0), "and back");
    }

    @Test
    void zoomInOnePanelZoomsThePanelsSharingX() {
        b.open(page(""), "facet-zoom");
        zoomIn(0);
        assertEquals(state(0).get("x"), state(1).get("x"), "B follows A's x window");
        assertEquals(List.of(0L, 1L), state(1).get("y"), "y is not zoomed (zoom x)");
        b.shot("facet-zoom");
        int[] p = cell(0, 2, 1);
        b.actions().moveToLocation(p[0], p[1]).doubleClick().perform();
        new WebDriverWait(b.driver, Duration.ofSeconds(5)).until(d -> List.of(0L, 1L).equals(state(1).get("x")));
    }

    @Test
    void independentScalesDoNotLink() {
        b.open(page("scales independent x"), "facet-independent");
        zoomIn(0);
        assertNotEquals(List.of(0L, 1L), state(0).get("x"));
        assertEquals(List.of(0L, 1L), state(1).get("x"), "B keeps its own x");
        int[] p = cell(0, 2, 1);
        b.actions().moveToLocation(p[0], p[1]).perform();
        // y is still shared: the row is marked, the column (on an unshared x) is not.
        @SuppressWarnings("unchecked")
        Map<String, Object> l = (Map<String, Object>) linked(1);
        assertEquals(null, l.get("col"));
        assertEquals(List.of(1L, 1L), l.get("row"));
    }

    @Test
    void theSharedLegendFiltersEveryPanel() {
        b.open(page(""), "facet-legend");
        @SuppressWarnings("unchecked")
        List<Number> ramp = (List<Number>) b.js("return JSON.parse(document.getElementById('hmspec-data').textContent).views[1].legend.ramp");
        assertTrue(ramp.get(3).doubleValue() > 0, "the panels point at the facet's colorbar");
        double rx = ramp.get(0).doubleValue() + ramp.get(2).doubleValue() / 2, ry = ramp.get(1).doubleValue(), rh = ramp.get(3).doubleValue();
        int[] from = b.client(rx, ry + rh * 0.9), to = b.client(rx, ry + rh * 0.5);
        b.actions().moveToLocation(from[0], from[1]).clickAndHold().moveToLocation(from[0], from[1] - 20)
                .moveToLocation(to[0], to[1]).release().perform();
        Object a = b.js("return hmspec.list[0].filter"), bb = b.js("return hmspec.list[1].filter");
        assertTrue(a instanceof List<?> l && l.size() == 2, "A filtered: " + a);
        assertEquals(a, bb, "B filtered to the same range");
        b.shot("facet-legend");
    }

    @Test
    void theGalleryFacetPageHasNoAxeViolations() {
        b.open(dev.hmspec.e2e.SeattleByYearPage.scene(), "seattle-by-year");
        assertEquals(List.of(), Axe.violations(b.driver));
        b.shot("seattle-by-year");
    }
}
