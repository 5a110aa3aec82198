package dev.hmspec.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Whole-page behaviour: linked views, hostile data, no network, responsive size, 4 M cells. */
class PageBrowserTest {
    static Browser b;

    @BeforeAll static void start() { b = Browser.start(); }
    @AfterAll static void stop() { if (b != null) b.close(); }

    @AfterEach void noConsoleErrors() { assertEquals(List.of(), b.consoleErrors(), "console errors"); }

    int[] cell(int view, int c, int r) {
        @SuppressWarnings("unchecked")
        List<Number> p = (List<Number>) b.js("var v = hmspec.list[arguments[0]], s = v.state, d = JSON.parse(document.getElementById('hmspec-data').textContent).views[arguments[0]];"
                + "var fx = (arguments[1] + 0.5) / d.columns, fy = (arguments[2] + 0.5) / d.rows;"
                + "return [s.plot[0] + (fx - s.x[0]) / (s.x[1] - s.x[0]) * s.plot[2], s.plot[1] + (fy - s.y[0]) / (s.y[1] - s.y[0]) * s.plot[3]];", view, c, r);
        return b.client(p.get(0).doubleValue(), p.get(1).doubleValue());
    }

    String tip() { return (String) b.js("var t = document.querySelector('[data-hm-tooltip]'); return t.hidden ? null : t.textContent;"); }

    static String data(String third, int rows) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < 8; c++)
            for (int r = 0; r < rows; r++)
                s.append(s.length() == 0 ? "" : ",").append("{\"c\": ").append(c).append(", \"").append(third).append("\": ").append(r)
                        .append(", \"v\": ").append(c * 10 + r).append("}");
        return s.toString();
    }

    @Test
    void views_sharing_a_field_are_linked_by_hover_and_brush() {
        String spec = "heatmap \"A\" {\n data values [" + data("r", 5) + "]\n x c\n y r\n color v\n interact tooltip, brush x\n}\n"
                + "heatmap \"B\" {\n data values [" + data("k", 3) + "]\n x c\n y k\n color v\n interact tooltip\n}\n";
        b.open(Browser.compile(spec), "linked");
        int[] p = cell(0, 5, 2);
        b.actions().moveToLocation(p[0], p[1]).perform();
        @SuppressWarnings("unchecked")
        Map<String, Object> linked = (Map<String, Object>) b.js("return hmspec.list[1].linked");
        assertEquals(List.of(5L, 5L), linked.get("col"), "column c = 5 marked in B");
        assertEquals(null, linked.get("row"), "B has no field r");
        assertEquals("inline", b.js("return document.querySelector('[data-view=\"view-2\"] .hm-link').getAttribute('display')"));
        b.shot("linked-hover");
        int[] a = cell(0, 2, 1), z = cell(0, 4, 1);
        b.actions().moveToLocation(a[0], a[1]).clickAndHold().moveToLocation(z[0], z[1]).release().moveToLocation(5, 5).perform();
        @SuppressWarnings("unchecked")
        Map<String, Object> brushed = (Map<String, Object>) b.js("return hmspec.list[1].linked");
        assertEquals(List.of(2L, 4L), brushed.get("col"), "the brushed columns are marked in B");
        b.shot("linked-brush");
    }

    @Test
    void hostile_strings_in_the_data_run_no_script_and_read_as_text() {
        String hostile = "</script><img src=x onerror=alert(1)>";
        String esc = hostile.replace("\"", "\\\"");
        String spec = "heatmap \"" + esc + "\" {\n data values [{\"a\": \"" + esc + "\", \"b\": \"<b>y</b>\", \"v\": 1}, {\"a\": \"ok\", \"b\": \"<b>y</b>\", \"v\": 2}]\n"
                + " x a\n y b\n color v\n text a\n interact tooltip, keyboard\n}\n";
        b.open(Browser.compile(spec), "hostile");
        int[] p = cell(0, 0, 0);
        b.actions().moveToLocation(p[0], p[1]).perform();
        assertEquals("a: " + hostile + "\nb: <b>y</b>\nv: 1", tip());
        assertEquals(0L, b.js("return document.querySelectorAll('img, b').length"), "no markup from data");
        assertEquals(List.of(), b.js("return window.__alerts"), "alert was never called");
        b.shot("hostile");
    }

    @Test
    void the_page_requests_nothing_over_the_network() {
        b.open(Browser.compile("heatmap \"n\" {\n data values [" + data("r", 4) + "]\n x c\n y r\n color v\n interact tooltip, zoom, export\n}\n"), "offline");
        b.js("hmspec.list[0].zoomTo(0, 0.5, 0, 0.5)");
        assertEquals(0L, b.js("return performance.getEntriesByType('resource').length"), "no resource was fetched");
    }

    @Test
    void size_auto_fills_the_container_and_relays_out_on_resize() {
        b.open(Browser.compile("heatmap \"auto\" {\n data values [" + data("r", 4) + "]\n x c\n y r\n color v\n size auto\n interact tooltip\n}\n"), "auto");
        double body = b.num("return document.body.clientWidth");
        assertEquals(body, b.num("return document.querySelector('.hm-figure').getBoundingClientRect().width"), 1, "fills the body");
        double before = b.num("return document.querySelector('.hm-canvas').width");
        b.driver.manage().window().setSize(new Dimension(700, 800));
        new WebDriverWait(b.driver, Duration.ofSeconds(5)).until(d -> b.num("return document.querySelector('.hm-canvas').width") < before);
        double css = b.num("return document.querySelector('.hm-canvas').getBoundingClientRect().width");
        assertEquals(css, b.num("return document.querySelector('.hm-canvas').width"), 1, "backing store follows the CSS size");
        b.shot("size-auto-narrow");
        b.driver.manage().window().setSize(new Dimension(1000, 800));
    }

    @SuppressWarnings("unchecked")
    List<Number> plot() { return (List<Number>) b.js("return hmspec.list[0].state.plot"); }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> xLabels() {
        return (List<Map<String, Object>>) b.js("return Array.from(document.querySelectorAll('[data-role=\"axis-x\"] [data-role=\"label\"]')).map(function (t) {"
                + " var r = t.getBoundingClientRect(); return {text: t.textContent, rotate: t.getAttribute('transform') || '', left: r.left, right: r.right, bottom: r.bottom}; });");
    }

    double box(String selector, String side) {
        return b.num("return document.querySelector(arguments[0]).getBoundingClientRect()[arguments[1]]", selector, side);
    }

    /** Sets the container's width and waits for the ResizeObserver's re-layout to reach the plot. */
    void resize(int px, double oldPlotW) {
        b.js("document.getElementById('box').style.width = arguments[0] + 'px'", px);
        new WebDriverWait(b.driver, Duration.ofSeconds(5)).until(d -> plot().get(2).doubleValue() != oldPlotW);
    }

    @Test
    void size_auto_re_lays_out_plot_axes_and_legend_for_its_containers_width() {
        StringBuilder rows = new StringBuilder();
        for (int c = 0; c < 30; c++)
            for (int r = 0; r < 6; r++)
                rows.append(rows.length() == 0 ? "" : ",").append("{\"c\": \"column ").append(c).append("\", \"r\": ").append(r).append(", \"v\": ").append(c * 10 + r).append("}");
        b.open(Browser.compile("heatmap \"auto\" {\n data values [" + rows + "]\n x c\n y r\n color v\n size auto\n interact tooltip, crosshair\n}\n"), "auto-relayout");
        List<Number> compiled = plot();
        b.js("var f = document.querySelector('.hm-figure'), box = document.createElement('div'); box.id = 'box'; box.style.width = '900px';"
                + "f.parentNode.insertBefore(box, f); box.appendChild(f);");
        new WebDriverWait(b.driver, Duration.ofSeconds(5)).until(d -> b.num("return document.querySelector('.hm-figure > svg').getBoundingClientRect().width") == 900);
        double px = compiled.get(0).doubleValue(), wide = plot().get(2).doubleValue(), right = 900 - px - wide;
        assertTrue(right > 40 && right < 120, "the right margin holds the legend: " + right);
        assertEquals(px, plot().get(0).doubleValue(), 0, "the left margin (y labels) stays as compiled");
        assertEquals(compiled.get(3).doubleValue(), plot().get(3).doubleValue(), 0, "the plot height stays");
        assertEquals(wide, box(".hm-canvas", "width"), 0.5, "drawn 1:1: the canvas is the plot's width in CSS pixels");
        List<Map<String, Object>> before = xLabels();
        assertEquals(30, before.size(), "every column labelled when wide");
        assertTrue(((String) before.get(0).get("rotate")).startsWith("rotate(-45"), "long labels at -45 degrees: " + before.get(0));
        assertTrue(box("[data-role=colorbar]", "left") > box(".hm-canvas", "right"), "the colorbar right of the plot");
        b.shot("size-auto-wide");

        resize(420, wide);
        double narrow = plot().get(2).doubleValue();
        assertEquals(420 - px - right, narrow, 1e-6, "the plot takes what the compiled margins leave");
        assertEquals(narrow, box(".hm-canvas", "width"), 0.5);
        assertEquals(narrow, b.num("return document.querySelector('.hm-canvas').width"), 1, "backing store at the new size");
        List<Map<String, Object>> after = xLabels();
        assertTrue(after.size() < before.size() && !after.isEmpty(), "labels re-thinned: " + after.size());
        assertTrue(((String) after.get(0).get("rotate")).startsWith("rotate(-90"), "and stood up: " + after.get(0));
        double cbLeft = box("[data-role=colorbar]", "left"), canvasRight = box(".hm-canvas", "right");
        assertTrue(cbLeft > canvasRight && cbLeft < canvasRight + 40, "the colorbar followed the plot: " + cbLeft + " vs " + canvasRight);
        assertTrue(box("[data-role=legend]", "right") <= box("#box", "right") + 0.5, "the legend stays inside the container");
        double labelsBottom = after.stream().mapToDouble(l -> ((Number) l.get("bottom")).doubleValue()).max().orElseThrow();
        assertTrue(box("[data-role=axis-x] [data-role=axis-title]", "top") >= labelsBottom, "the x title moved below the taller labels");
        assertTrue(box(".hm-figure > svg", "bottom") >= box("[data-role=axis-x] [data-role=axis-title]", "bottom"), "and the drawing grew to hold it");
        double titleCentre = (box("[data-role=axis-x] [data-role=axis-title]", "left") + box("[data-role=axis-x] [data-role=axis-title]", "right")) / 2;
        assertEquals((box(".hm-canvas", "left") + canvasRight) / 2, titleCentre, 2, "the x title centred under the new plot");

        int[] p = cell(0, 17, 4);
        b.actions().moveToLocation(p[0], p[1]).perform();
        assertEquals("c: column 17\nr: 4\nv: 174", tip(), "hover finds the right cell after the re-layout");
        b.shot("size-auto-narrow-relayout");

        resize(900, narrow);
        assertEquals(wide, plot().get(2).doubleValue(), 1e-6, "back to the wide layout");
        assertEquals(30, xLabels().size());
    }

    @Test
    void the_page_bootstraps_from_its_deflated_runtime_and_cells_with_exact_values() {
        for (boolean wide : new boolean[] {false, true}) {
            int n = 300;
            b.open(LargeScenes.grid(n, wide), wide ? "deflated-i32" : "deflated-i16");
            @SuppressWarnings("unchecked")
            Map<String, Object> page = (Map<String, Object>) b.js("var d = JSON.parse(document.getElementById('hmspec-data').textContent).views[0].cells;"
                    + "return { runtime: document.getElementById('hm-runtime').getAttribute('data-encoding'),"
                    + " cells: document.getElementById(d.blob).getAttribute('data-encoding'), filter: d.filter || null, type: d.valueType,"
                    + " injected: Array.prototype.some.call(document.scripts, function (s) { return !s.src && /sourceURL=hmspec-runtime/.test(s.textContent); }),"
                    + " note: !!document.querySelector('.hm-note'), api: !!window.hmspec && hmspec.list.length,"
                    + " styled: getComputedStyle(document.querySelector('.hm-canvas')).position }");
            assertEquals("deflate-raw", page.get("runtime"));
            assertEquals("deflate-raw", page.get("cells"), "this grid's cells deflate by more than 10 %");
            assertEquals("avg-planes", page.get("filter"));
            assertEquals(wide ? "i32" : "i16", page.get("type"));
            assertEquals(Boolean.TRUE, page.get("injected"), "the inflated runtime ran as a script of its own");
            assertEquals(Boolean.FALSE, page.get("note"), "no 'needs a newer browser' note");
            assertEquals(1L, page.get("api"));
            assertEquals("absolute", page.get("styled"), "the runtime's own styles arrived with it");
            @SuppressWarnings("unchecked")
            List<Number> values = (List<Number>) b.js("var out = [], v = hmspec.list[0]; for (var r = 0; r < arguments[0]; r++) for (var c = 0; c < arguments[0]; c++) out.push(v.value(c, r)); return out;", n);
            for (int r = 0; r < n; r++)
                for (int c = 0; c < n; c++) {
                    double want = wide ? LargeScenes.wideValue(c, r) : LargeScenes.value(c, r);
                    assertEquals(want, values.get(r * n + c).doubleValue(), 0.0, "cell " + c + "," + r);
                }
            assertEquals(0L, b.js("return performance.getEntriesByType('resource').length"), "nothing fetched, even to inflate");
            b.shot(wide ? "deflated-i32" : "deflated-i16");
        }
    }

    @Test
    void a_2000_by_2000_grid_keeps_every_interaction_and_exact_values() {
        int n = 2000;
        b.open(LargeScenes.grid(n), "large-2000");
        int[] p = cell(0, 1234, 567);
        b.actions().moveToLocation(p[0], p[1]).perform();
        String t = tip();
        assertTrue(t.startsWith("x: "), t);
        int c = Integer.parseInt(t.split("\n")[0].substring(3)), r = Integer.parseInt(t.split("\n")[1].substring(3));
        assertEquals("value: " + plain(LargeScenes.value(c, r)), t.split("\n")[2], "the exact value of the hovered cell");
        for (int i = 0; i < 8; i++)
            b.actions().scrollFromOrigin(WheelInput.ScrollOrigin.fromViewport(p[0], p[1]), 0, -300).perform();
        double zoom = b.num("return hmspec.list[0].state.zoom[0]");
        assertTrue(zoom > 50, "deep zoom: " + zoom);
        b.js("hmspec.list[0].zoomTo(0.5, 0.51, 0.5, 0.51)"); // 20 cells across 600 px
        b.shot("large-zoomed-crisp");
        @SuppressWarnings("unchecked")
        List<Number> runs = (List<Number>) b.js("var c = document.querySelector('.hm-canvas'), d = c.getContext('2d').getImageData(0, c.height >> 1, c.width, 1).data, runs = 0, last = -1;"
                + "for (var i = 0; i < d.length; i += 4) { var v = d[i] << 16 | d[i + 1] << 8 | d[i + 2]; if (v !== last) { runs++; last = v; } } return [runs, c.width];");
        assertTrue(runs.get(0).intValue() <= 20, "one color run per visible cell, no smoothing: " + runs);
        int[] a = cell(0, 1005, 1005), z = cell(0, 1008, 1007);
        b.actions().keyDown(Keys.SHIFT).moveToLocation(a[0], a[1]).clickAndHold().moveToLocation(z[0], z[1]).release().keyUp(Keys.SHIFT).perform();
        @SuppressWarnings("unchecked")
        Map<String, Object> sel = (Map<String, Object>) b.js("return hmspec.list[0].selection");
        assertEquals(12L, sel.get("count"));
        double sum = 0;
        for (int cc = 1005; cc <= 1008; cc++) for (int rr = 1005; rr <= 1007; rr++) sum += LargeScenes.value(cc, rr);
        assertEquals(sum, ((Number) sel.get("sum")).doubleValue(), 1e-9);
        b.actions().sendKeys(Keys.ARROW_RIGHT).perform(); // the canvas kept focus from the brush drag
        assertTrue(((String) b.js("return document.activeElement.getAttribute('aria-label')")).startsWith("y 0, x 1, value "));
        b.shot("large-brush-keyboard");
    }

    static String plain(double v) { return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString(); }
}
