package dev.hmspec.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.scene.Scene;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Every interaction of the page, performed with real pointer and keyboard input in Chromium. */
class InteractionBrowserTest {
    static final int COLS = 30, ROWS = 20, MISSING_C = 3, MISSING_R = 2;
    static Browser b;

    @BeforeAll static void start() { b = Browser.start(); }
    @AfterAll static void stop() { if (b != null) b.close(); }

    @AfterEach void noConsoleErrors() { assertEquals(List.of(), b.consoleErrors(), "console errors"); }

    static String value(int c, int r) { return String.format(Locale.ROOT, "%.4f", c * 1.5 + r * 0.0101 - 7); }

    static String exact(int c, int r) { return new BigDecimal(value(c, r)).stripTrailingZeros().toPlainString(); }

    static String rows(String extra) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < COLS; c++)
            for (int r = 0; r < ROWS; r++)
                s.append(s.length() == 0 ? "" : ",\n").append("{\"c\": ").append(c).append(", \"r\": ").append(r)
                        .append(", \"v\": ").append(c == MISSING_C && r == MISSING_R ? "null" : value(c, r)).append(extra).append("}");
        return s.toString();
    }

    static Scene page(String interactions) {
        return Browser.compile("heatmap \"Interactions\" {\n data values [\n" + rows("") + "]\n x c\n y r\n color v\n interact "
                + interactions + "\n}\n");
    }

    static final String ALL = "tooltip, zoom, pan, crosshair, brush xy, keyboard, legend, export";

    /** Viewport point of the centre of cell (c, r) in view 1 at the current zoom. */
    int[] cell(int c, int r) {
        @SuppressWarnings("unchecked")
        List<Number> p = (List<Number>) b.js("var v = hmspec.list[0], s = v.state, d = JSON.parse(document.getElementById('hmspec-data').textContent).views[0];"
                + "var fx = (arguments[0] + 0.5) / d.columns, fy = (arguments[1] + 0.5) / d.rows;"
                + "return [s.plot[0] + (fx - s.x[0]) / (s.x[1] - s.x[0]) * s.plot[2], s.plot[1] + (fy - s.y[0]) / (s.y[1] - s.y[0]) * s.plot[3]];", c, r);
        return b.client(p.get(0).doubleValue(), p.get(1).doubleValue());
    }

    String tip() { return (String) b.js("var t = document.querySelector('[data-hm-tooltip]'); return t.hidden ? null : t.textContent;"); }

    @SuppressWarnings("unchecked")
    Map<String, Object> state() { return (Map<String, Object>) b.js("return hmspec.list[0].state"); }

    double zoomX() { return ((Number) ((List<?>) state().get("zoom")).get(0)).doubleValue(); }

    @Test
    void tooltip_follows_the_pointer_shows_exact_values_and_stays_in_the_viewport() {
        b.open(page(ALL), "interactions");
        int[] p = cell(5, 7);
        b.actions().moveToLocation(p[0], p[1]).perform();
        assertEquals("c: 5\nr: 7\nv: " + exact(5, 7), tip());
        double left = b.num("return document.querySelector('[data-hm-tooltip]').getBoundingClientRect().left");
        assertTrue(left > p[0] && left < p[0] + 40, "the tooltip sits just right of the pointer: " + left);
        b.shot("tooltip");
        int[] m = cell(MISSING_C, MISSING_R);
        b.actions().moveToLocation(m[0], m[1]).perform();
        assertTrue(tip().endsWith("v: no data"), tip());
        // The bottom-right cell in a narrow window: the tooltip flips and is clamped inside.
        b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(700, 500));
        b.open(page(ALL), "interactions");
        int[] br = cell(COLS - 1, ROWS - 1);
        int vw = (int) b.num("return window.innerWidth"), vh = (int) b.num("return window.innerHeight");
        b.actions().moveToLocation(Math.min(br[0], vw - 3), Math.min(br[1], vh - 3)).perform();
        assertTrue(tip() != null, "hovering a cell near the corner shows a tooltip");
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) b.js("var r = document.querySelector('[data-hm-tooltip]').getBoundingClientRect();"
                + "return [r.left, r.top, r.right, r.bottom, document.documentElement.clientWidth, document.documentElement.clientHeight];");
        assertTrue(r.get(0).doubleValue() >= 0 && r.get(1).doubleValue() >= 0, "inside at top-left: " + r);
        assertTrue(r.get(2).doubleValue() <= r.get(4).doubleValue() && r.get(3).doubleValue() <= r.get(5).doubleValue(), "inside at bottom-right: " + r);
        b.shot("tooltip-clamped");
        b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1000, 800));
    }

    @Test
    void a_tap_shows_the_tooltip_of_the_tapped_cell() {
        b.touchScreen(true);
        try {
            b.open(page(ALL), "touch-tap");
            b.js("window.__types = []; document.addEventListener('pointerdown', function (e) { window.__types.push(e.pointerType); }, true);");
            int[] p = cell(5, 7);
            b.touch("touchStart", p);
            b.touch("touchEnd");
            assertEquals("c: 5\nr: 7\nv: " + exact(5, 7), tip());
            assertEquals(Map.of("col", 5L, "row", 7L), b.js("var h = hmspec.list[0].hover; return h && {col: h.col, row: h.row}"));
            assertEquals(List.of("touch"), b.js("return window.__types"), "real touch pointer events");
            assertEquals(1.0, zoomX(), 0, "a tap neither zooms nor pans");
            double left = b.num("return document.querySelector('[data-hm-tooltip]').getBoundingClientRect().left");
            assertTrue(left > p[0] && left < p[0] + 40, "the tooltip sits just right of the finger: " + left);
            b.shot("touch-tap");
            int[] q = cell(20, 12);
            b.touch("touchStart", q);
            b.touch("touchEnd");
            assertEquals("c: 20\nr: 12\nv: " + exact(20, 12), tip(), "a second tap moves the tooltip to the new cell");
            int[] m = cell(MISSING_C, MISSING_R);
            b.touch("touchStart", m);
            b.touch("touchEnd");
            assertTrue(tip().endsWith("v: no data"), tip());
        } finally {
            b.touchScreen(false);
        }
    }

    /** Two fingers on a horizontal line through p, from half-distance d0 to d1 in steps. */
    void pinch(int[] p, int d0, int d1) {
        b.touch("touchStart", new int[] {p[0] - d0, p[1]});
        b.touch("touchStart", new int[] {p[0] - d0, p[1]}, new int[] {p[0] + d0, p[1]});
        for (int i = 1; i <= 6; i++) {
            int d = d0 + (d1 - d0) * i / 6;
            b.touch("touchMove", new int[] {p[0] - d, p[1]}, new int[] {p[0] + d, p[1]});
        }
        b.touch("touchEnd");
    }

    @Test
    void a_two_finger_pinch_zooms_around_the_fingers_and_stops_at_the_full_view() {
        b.touchScreen(true);
        try {
            b.open(page(ALL), "touch-pinch");
            b.js("window.__types = []; document.addEventListener('pointerdown', function (e) { window.__types.push(e.pointerType); }, true);");
            int[] p = cell(10, 10);
            pinch(p, 20, 80);
            double z = zoomX();
            assertEquals(List.of("touch", "touch"), b.js("return window.__types"), "two touch pointers");
            assertTrue(z > 3 && z < 5, "spreading the fingers 4x zooms about 4x: " + z);
            assertEquals(z, ((Number) ((List<?>) state().get("zoom")).get(1)).doubleValue(), 1e-9, "both axes");
            @SuppressWarnings("unchecked")
            List<String> xd = (List<String>) state().get("xDomain"), yd = (List<String>) state().get("yDomain");
            int lo = Integer.parseInt(xd.get(0)), hi = Integer.parseInt(xd.get(1));
            assertTrue(lo > 0 && hi < COLS - 1 && lo <= 10 && hi >= 10, "zoomed around column 10: " + xd);
            assertTrue(Integer.parseInt(yd.get(0)) <= 10 && Integer.parseInt(yd.get(1)) >= 10, "and row 10: " + yd);
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) b.js("return Array.from(document.querySelectorAll('[data-role=\"axis-x\"] [data-role=\"label\"]')).map(function (t) { return t.textContent; });");
            for (String l : labels) assertTrue(Integer.parseInt(l) >= lo && Integer.parseInt(l) <= hi, "label " + l + " outside " + xd);
            assertEquals(null, b.js("return hmspec.list[0].selection"), "a pinch neither brushes nor pans");
            assertEquals(null, tip(), "the second finger hides the first finger's tooltip");
            assertEquals(null, b.js("return hmspec.list[0].hover"), "and its crosshair");
            b.shot("touch-pinch-out");
            // The cell between the fingers stays between them.
            b.touch("touchStart", p);
            b.touch("touchEnd");
            assertEquals("c: 10\nr: 10\nv: " + exact(10, 10), tip());
            // Pinching in much further than the zoom stops at the full view, never beyond.
            pinch(p, 150, 10);
            assertEquals(List.of(0.0, 1.0), ((List<?>) state().get("x")).stream().map(n -> ((Number) n).doubleValue()).toList());
            assertEquals(List.of(0.0, 1.0), ((List<?>) state().get("y")).stream().map(n -> ((Number) n).doubleValue()).toList());
            assertEquals(List.of("0", String.valueOf(COLS - 1)), state().get("xDomain"));
            assertEquals(null, tip());
            b.shot("touch-pinch-in");
        } finally {
            b.touchScreen(false);
        }
    }

    @Test
    void crosshair_highlights_the_hovered_row_and_column() {
        b.open(page(ALL), "interactions");
        int[] p = cell(8, 4);
        b.actions().moveToLocation(p[0], p[1]).perform();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> marks = (List<Map<String, Object>>) b.js("return Array.from(document.querySelectorAll('.hm-crosshair'))"
                + ".map(function (e) { var r = e.getBoundingClientRect(); return {shown: e.getAttribute('display') !== 'none', x: r.left, y: r.top, w: r.width, h: r.height}; });");
        assertEquals(2, marks.size());
        Map<String, Object> col = marks.get(0), row = marks.get(1);
        assertTrue((Boolean) col.get("shown") && (Boolean) row.get("shown"));
        double cx = ((Number) col.get("x")).doubleValue(), cw = ((Number) col.get("w")).doubleValue();
        assertTrue(cx <= p[0] && p[0] <= cx + cw, "the column band holds the pointer");
        double ry = ((Number) row.get("y")).doubleValue(), rh = ((Number) row.get("h")).doubleValue();
        assertTrue(ry <= p[1] && p[1] <= ry + rh, "the row band holds the pointer");
        b.shot("crosshair");
    }

    @Test
    void wheel_zooms_around_the_pointer_and_redraws_axes_for_the_new_extent() {
        b.open(page(ALL), "interactions");
        int[] p = cell(10, 10);
        for (int i = 0; i < 3; i++)
            b.actions().scrollFromOrigin(WheelInput.ScrollOrigin.fromViewport(p[0], p[1]), 0, -200).perform();
        new WebDriverWait(b.driver, Duration.ofSeconds(5)).until(d -> zoomX() > 2);
        @SuppressWarnings("unchecked")
        List<String> domain = (List<String>) state().get("xDomain");
        int lo = Integer.parseInt(domain.get(0)), hi = Integer.parseInt(domain.get(1));
        assertTrue(lo > 0 && hi < COLS - 1 && lo <= 10 && hi >= 10, "zoomed around column 10: " + domain);
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) b.js("return Array.from(document.querySelectorAll('[data-role=\"axis-x\"] [data-role=\"label\"]')).map(function (t) { return t.textContent; });");
        assertTrue(!labels.isEmpty(), "labels redrawn");
        for (String l : labels) assertTrue(Integer.parseInt(l) >= lo && Integer.parseInt(l) <= hi, "label " + l + " outside " + domain);
        assertEquals("c: 10\nr: 10\nv: " + exact(10, 10), tip(), "the cell under the pointer stays under it");
        b.shot("wheel-zoom");
        b.actions().doubleClick().perform();
        new WebDriverWait(b.driver, Duration.ofSeconds(5)).until(d -> zoomX() == 1);
        assertEquals(List.of("0", String.valueOf(COLS - 1)), state().get("xDomain"));
    }

    @Test
    void drag_pans_and_stops_at_the_edge_of_the_data() {
        b.open(page(ALL), "interactions");
        b.js("hmspec.list[0].zoomTo(0.4, 0.6, 0.4, 0.6)");
        int[] p = cell(15, 10);
        b.actions().moveToLocation(p[0], p[1]).clickAndHold().moveToLocation(p[0] - 60, p[1]).moveToLocation(p[0] - 120, p[1]).release().perform();
        double x0 = ((Number) ((List<?>) state().get("x")).get(0)).doubleValue();
        assertTrue(x0 > 0.4 + 1e-6, "dragging left shows columns to the right: " + x0);
        b.shot("pan");
        for (int i = 0; i < 10; i++)
            b.actions().moveToLocation(p[0], p[1]).clickAndHold().moveToLocation(p[0] + 100, p[1] + 100).moveToLocation(p[0] + 200, p[1] + 150).release().perform();
        assertEquals(0.0, ((Number) ((List<?>) state().get("x")).get(0)).doubleValue(), 1e-9, "stops at the first column");
        assertEquals(0.2, ((Number) ((List<?>) state().get("x")).get(1)).doubleValue(), 1e-9, "the span is kept");
    }

    @Test
    void alt_drag_and_the_toolbar_box_mode_zoom_to_a_rectangle_and_reset_restores() {
        b.open(page(ALL), "interactions");
        int[] a = cell(10, 5), z = cell(19, 9);
        b.actions().keyDown(Keys.ALT).moveToLocation(a[0], a[1]).clickAndHold().moveToLocation((a[0] + z[0]) / 2, (a[1] + z[1]) / 2)
                .moveToLocation(z[0], z[1]).release().keyUp(Keys.ALT).perform();
        assertEquals(List.of(10L, 19L), state().get("columns"));
        assertEquals(List.of(5L, 9L), state().get("rows"));
        b.shot("box-zoom");
        b.driver.findElement(org.openqa.selenium.By.cssSelector("[data-action=reset]")).click();
        new WebDriverWait(b.driver, Duration.ofSeconds(5)).until(d -> zoomX() == 1);
        b.driver.findElement(org.openqa.selenium.By.cssSelector("[data-action=box]")).click();
        int[] a2 = cell(0, 0), z2 = cell(4, 4);
        b.actions().moveToLocation(a2[0], a2[1]).clickAndHold().moveToLocation(z2[0], z2[1]).release().perform();
        assertEquals(List.of(0L, 4L), state().get("columns"));
    }

    @Test
    void zoom_x_only_changes_the_x_extent() {
        b.open(page("tooltip, zoom x, pan x"), "zoom-x");
        int[] p = cell(10, 10);
        b.actions().scrollFromOrigin(WheelInput.ScrollOrigin.fromViewport(p[0], p[1]), 0, -300).perform();
        new WebDriverWait(b.driver, Duration.ofSeconds(5)).until(d -> zoomX() > 1);
        assertEquals(List.of(0.0, 1.0), ((List<?>) state().get("y")).stream().map(n -> ((Number) n).doubleValue()).toList());
        b.shot("zoom-x");
    }

    @Test
    void shift_drag_brushes_cells_and_reports_count_sum_and_mean() {
        b.open(page(ALL), "interactions");
        b.js("window.__sel = null; window.addEventListener('hm:select', function (e) { window.__sel = e.detail; });");
        int[] a = cell(2, 1), z = cell(6, 4);
        b.actions().keyDown(Keys.SHIFT).moveToLocation(a[0], a[1]).clickAndHold().moveToLocation(z[0] - 5, z[1] - 5)
                .moveToLocation(z[0], z[1]).release().keyUp(Keys.SHIFT).perform();
        @SuppressWarnings("unchecked")
        Map<String, Object> sel = (Map<String, Object>) b.js("return hmspec.list[0].selection");
        assertEquals(List.of(2L, 6L), sel.get("cols"));
        assertEquals(List.of(1L, 4L), sel.get("rows"));
        double sum = 0;
        int count = 0;
        for (int c = 2; c <= 6; c++)
            for (int r = 1; r <= 4; r++)
                if (!(c == MISSING_C && r == MISSING_R)) { sum += Double.parseDouble(value(c, r)); count++; }
        assertEquals(count, ((Number) sel.get("count")).intValue(), "the missing cell is not counted");
        assertEquals(sum, ((Number) sel.get("sum")).doubleValue(), 1e-9);
        assertEquals(sum / count, ((Number) sel.get("mean")).doubleValue(), 1e-9);
        assertEquals(count, ((Number) b.js("return window.__sel.selection.count")).intValue(), "hm:select event");
        assertEquals("inline", b.js("return document.querySelector('.hm-selection').getAttribute('display')"));
        b.shot("brush");
    }

    @Test
    void keyboard_moves_a_focused_cell_announces_it_and_zooms_pans_and_resets() {
        b.open(page(ALL), "interactions");
        b.actions().sendKeys(Keys.TAB).perform();
        assertEquals("hm-canvas", b.js("return document.activeElement.className"));
        b.actions().sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_DOWN).perform();
        String label = (String) b.js("return document.activeElement.getAttribute('aria-label')");
        assertEquals("r 1, c 2, v " + exact(2, 1), label);
        assertEquals(label, b.js("return document.querySelector('.hm-live').textContent"));
        assertEquals("c: 2\nr: 1\nv: " + exact(2, 1), tip());
        b.shot("keyboard-focus");
        b.actions().sendKeys("+").perform();
        new WebDriverWait(b.driver, Duration.ofSeconds(5)).until(d -> Math.abs(zoomX() - 1.5) < 1e-9);
        double x0 = ((Number) ((List<?>) state().get("x")).get(0)).doubleValue();
        b.actions().keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_RIGHT).keyUp(Keys.SHIFT).perform();
        assertTrue(((Number) ((List<?>) state().get("x")).get(0)).doubleValue() > x0, "shift+right pans right");
        b.actions().sendKeys(Keys.ESCAPE).perform();
        new WebDriverWait(b.driver, Duration.ofSeconds(5)).until(d -> zoomX() == 1);
    }

    @Test
    void legend_hover_highlights_and_colorbar_drag_filters_a_value_range() {
        b.open(page(ALL), "interactions");
        @SuppressWarnings("unchecked")
        List<Number> ramp = (List<Number>) b.js("return JSON.parse(document.getElementById('hmspec-data').textContent).views[0].legend.ramp");
        double rx = ramp.get(0).doubleValue() + ramp.get(2).doubleValue() / 2, ry = ramp.get(1).doubleValue(), rh = ramp.get(3).doubleValue();
        int[] mid = b.client(rx, ry + rh * 0.5);
        b.actions().moveToLocation(mid[0], mid[1]).perform();
        @SuppressWarnings("unchecked")
        List<Number> hover = (List<Number>) b.js("return hmspec.list[0].filter");
        assertTrue(hover != null && hover.get(0).doubleValue() < hover.get(1).doubleValue(), "hovering highlights a value band");
        b.shot("legend-hover");
        int[] from = b.client(rx, ry + rh * 0.8), to = b.client(rx, ry + rh * 0.4);
        b.actions().moveToLocation(from[0], from[1]).clickAndHold().moveToLocation(from[0], from[1] - 20).moveToLocation(to[0], to[1]).release().perform();
        @SuppressWarnings("unchecked")
        List<Number> range = (List<Number>) b.js("return hmspec.list[0].filter");
        double lo = range.get(0).doubleValue(), hi = range.get(1).doubleValue();
        assertTrue(lo < hi, "a range: " + range);
        // A cell inside the range keeps its color; one outside is faded toward white.
        int inside = -1, outside = -1;
        for (int c = 0; c < COLS && (inside < 0 || outside < 0); c++) {
            double v = Double.parseDouble(value(c, 10));
            if (v > lo + 0.5 && v < hi - 0.5 && inside < 0) inside = c;
            if (v > hi + 1 && outside < 0) outside = c;
        }
        assertTrue(lightness(cell(outside, 10)) > 200, "outside the range: faded");
        assertTrue(lightness(cell(inside, 10)) < 200, "inside the range: the scale's color");
        b.actions().moveToLocation(mid[0], mid[1]).click().perform();
        assertEquals(null, b.js("return hmspec.list[0].filter"), "a click on the colorbar clears the filter");
        b.shot("legend-filter-cleared");
    }

    /** Mean of R, G, B of the canvas pixel under a viewport point. */
    double lightness(int[] p) {
        return b.num("var c = document.querySelector('.hm-canvas'), r = c.getBoundingClientRect(), k = c.width / r.width;"
                + "var d = c.getContext('2d').getImageData(Math.floor((arguments[0] - r.left) * k), Math.floor((arguments[1] - r.top) * k), 1, 1).data;"
                + "return (d[0] + d[1] + d[2]) / 3;", p[0], p[1]);
    }

    @Test
    void export_buttons_produce_png_svg_and_csv_of_the_current_view() {
        b.open(page(ALL), "interactions");
        b.js("window.__files = {}; window.addEventListener('hm:export', function (e) { e.preventDefault();"
                + "var d = e.detail; d.blob.text().then(function (t) { window.__files[d.format] = {name: d.name, type: d.blob.type, size: d.blob.size, text: d.format === 'png' ? '' : t}; }); });");
        b.js("hmspec.list[0].zoomTo(0, 0.2, 0, 0.25)");
        for (String f : List.of("csv", "svg", "png")) {
            b.actions().moveToElement(b.driver.findElement(org.openqa.selenium.By.cssSelector("[data-action=" + f + "]"))).click().perform();
        }
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> ((Number) b.js("return Object.keys(window.__files).length")).intValue() == 3);
        String csv = (String) b.js("return window.__files.csv.text");
        String[] lines = csv.split("\n");
        assertEquals("c,r,v", lines[0]);
        assertEquals(6 * 5 + 1, lines.length, "the visible 6 x 5 cells and a header");
        assertEquals("0,0," + exact(0, 0), lines[1]);
        String svg = (String) b.js("return window.__files.svg.text");
        assertTrue(svg.startsWith("<svg") && svg.contains("<image") && svg.contains("data:image/png;base64,"), "SVG with the cells inlined");
        assertEquals("image/png", b.js("return window.__files.png.type"));
        assertTrue(b.num("return window.__files.png.size") > 1000);
    }

    @Test
    void reduced_motion_applies_keyboard_zoom_at_once() {
        b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        try {
            b.open(page(ALL), "interactions");
            b.js("window.__views = 0; document.addEventListener('hm:view', function () { window.__views++; });");
            b.actions().sendKeys(Keys.TAB).sendKeys("+").perform();
            assertEquals(1.5, zoomX(), 1e-9);
            assertEquals(1L, b.js("return window.__views"), "one jump, no animation frames");
        } finally {
            b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }
}
