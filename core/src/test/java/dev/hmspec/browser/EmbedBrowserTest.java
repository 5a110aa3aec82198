package dev.hmspec.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.html.FragmentRenderer;
import dev.hmspec.scene.Scene;
import dev.hmspec.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Issue 12 in a real browser: dark-theme contrast, two fragments on one page with the view API, a bound control. */
class EmbedBrowserTest {
    static Browser browser;

    static final String GRID = "data values [{\"x\":\"a\",\"y\":\"p\",\"v\":1},{\"x\":\"b\",\"y\":\"p\",\"v\":3},"
            + "{\"x\":\"c\",\"y\":\"p\",\"v\":4},{\"x\":\"a\",\"y\":\"q\",\"v\":5},{\"x\":\"b\",\"y\":\"q\",\"v\":7},{\"x\":\"c\",\"y\":\"q\",\"v\":9}]";

    @BeforeAll static void start() { browser = Browser.start(); }

    @AfterAll static void stop() { if (browser != null) browser.close(); }

    static Scene compile(String spec, CompileOptions options) {
        Compiled c = Hmspec.compile(SourceFile.of("embed.hmspec", spec), options);
        if (c.hasErrors()) throw new AssertionError(c.diagnostics().toString());
        return c.scene().orElseThrow();
    }

    static String spec(String title, String extra) {
        return "heatmap {\n title \"" + title + "\"\n subtitle \"Two rows, three columns\"\n " + GRID + "\n" + extra
                + "\n x x { title \"Column\" }\n y y { title \"Row\" }\n color v { legend \"Value\" }\n"
                + " tooltip x, y, v\n interact tooltip, zoom, brush xy, legend\n}\n";
    }

    /** WCAG contrast of every visible text element's computed color on its effective background. */
    static final String CONTRAST = """
            function lum(c) { var m = c.match(/[\\d.]+/g).map(Number);
              var f = function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return [0.2126 * f(m[0]) + 0.7152 * f(m[1]) + 0.0722 * f(m[2]), m.length > 3 ? m[3] : 1]; }
            function bg(el) { for (var e = el; e; e = e.parentElement) { var b = getComputedStyle(e).backgroundColor;
              if (b && b !== 'transparent' && lum(b)[1] > 0) return b; } return 'rgb(255, 255, 255)'; }
            var svgBg = document.querySelector('.hm-background'), out = [];
            var els = document.querySelectorAll('svg text, .hm-button, .hm-controls span, .hm-summary, .hm-tooltip');
            for (var i = 0; i < els.length; i++) { var e = els[i], s = getComputedStyle(e);
              if (s.display === 'none' || e.hidden || !e.textContent.trim()) continue;
              if (e.closest('.hm-cell-labels')) continue;
              var fg = e instanceof SVGElement ? s.fill : s.color;
              var back = e instanceof SVGElement ? getComputedStyle(svgBg).fill : bg(e);
              var a = lum(fg)[0], b = lum(back)[0], r = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
              out.push([e.textContent.trim().slice(0, 30), r]); }
            return out;""";

    @Test
    void theDarkThemeKeepsEveryTextAtLeastFourAndAHalfToOneOnItsBackground() {
        browser.open(compile(spec("Dark", "theme dark"), CompileOptions.defaults()), "embed-dark");
        // show the tooltip too: hover the first cell
        browser.js("hmspec.views['view-1'].setState({hover: {col: 0, row: 0}})");
        @SuppressWarnings("unchecked")
        List<List<Object>> ratios = (List<List<Object>>) browser.js(CONTRAST);
        assertTrue(ratios.size() >= 8, "titles, axis labels, legend, buttons and tooltip are measured: " + ratios);
        for (List<Object> r : ratios)
            assertTrue(((Number) r.get(1)).doubleValue() >= 4.5, "contrast of \"" + r.get(0) + "\" is " + r.get(1));
        assertTrue(ratios.stream().anyMatch(r -> r.get(0).equals("Dark")), "the title is measured: " + ratios);
        String body = (String) browser.js("return getComputedStyle(document.body).backgroundColor");
        assertEquals("rgb(23, 24, 28)", body, "the page itself is dark");
        browser.shot("embed-dark");
    }

    @Test
    void autoFollowsTheReadersColorSchemeInThePage() {
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            browser.open(compile(spec("Auto", "theme auto"), CompileOptions.defaults()), "embed-auto");
            assertEquals("rgb(23, 24, 28)", browser.js("return getComputedStyle(document.querySelector('.hm-background')).fill"));
            assertEquals("rgb(236, 236, 236)", browser.js("return getComputedStyle(document.querySelector('[data-role=\"title\"] text, text')).fill"));
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    static Path twoFragments() throws IOException {
        Scene a = compile(spec("Left chart", ""), CompileOptions.defaults());
        Scene b = compile(spec("Right chart", ""), CompileOptions.defaults().withTheme("dark"));
        String page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>host</title></head><body>\n"
                + "<h1>Host page</h1><div style=\"display:flex;gap:20px\"><div style=\"width:460px\">"
                + new String(FragmentRenderer.render(a, RenderOptions.defaults()), StandardCharsets.UTF_8)
                + "</div><div style=\"width:460px\">"
                + new String(FragmentRenderer.render(b, RenderOptions.defaults()), StandardCharsets.UTF_8)
                + "</div></div></body></html>\n";
        Path file = Browser.OUT.resolve("embed-fragments.html");
        Files.createDirectories(Browser.OUT);
        Files.writeString(file, page);
        return file;
    }

    @Test
    void twoFragmentsOnOnePageAreBothInteractiveAndTheirEventsCarryTheCell() throws IOException {
        browser.driver.get(twoFragments().toAbsolutePath().toUri().toString());
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d ->
                Boolean.TRUE.equals(browser.js("return document.querySelectorAll('[data-hm-ready]').length === 2")));
        assertEquals(List.of("hm-left-chart/view-1", "hm-right-chart/view-1"), browser.js("return Object.keys(hmspec.views)"));
        assertEquals(1L, browser.js("return window.__hmRuntimeLoads = document.querySelectorAll('script:not([type])').length"
                + " - document.querySelectorAll('.hm-fragment > script:not([type])').length"), "the runtime ran once");
        assertEquals(1L, browser.js("return document.querySelectorAll('style').length - 2"), "one runtime stylesheet");
        browser.js("window.events = [];"
                + "hmspec.views['hm-left-chart/view-1'].on('hover', function (e) { events.push(['L', e.cell && e.cell.columnKey, e.cell && e.cell.rowKey, e.cell && e.cell.value]); });"
                + "hmspec.views['hm-right-chart/view-1'].on('hover', function (e) { events.push(['R', e.cell && e.cell.columnKey, e.cell && e.cell.rowKey, e.cell && e.cell.value]); });"
                + "hmspec.views['hm-right-chart/view-1'].on('click', function (e) { events.push(['click', e.cell.columnKey, e.cell.rowKey, e.cell.value]); });"
                + "hmspec.views['hm-right-chart/view-1'].on('zoom', function (e) { events.push(['zoom', e.cause, e.state.columns]); });");
        // hover the middle of cell (b, q) in the left fragment, then (c, p) in the right one and click it
        int[] left = center("hm-left-chart", 1, 1), right = center("hm-right-chart", 2, 0);
        browser.actions().moveToLocation(left[0], left[1]).perform();
        browser.actions().moveToLocation(right[0], right[1]).click().perform();
        @SuppressWarnings("unchecked")
        List<List<Object>> events = (List<List<Object>>) browser.js("return events");
        assertTrue(events.contains(List.of("L", "b", "q", 7L)), events.toString());
        assertTrue(events.contains(List.of("R", "c", "p", 4L)), events.toString());
        assertTrue(events.contains(List.of("click", "c", "p", 4L)), events.toString());
        assertTrue(browser.num("return document.querySelectorAll('.hm-tooltip:not([hidden])').length") >= 1);
        // the host sets the zoom window of the right view only
        browser.js("hmspec.views['hm-right-chart/view-1'].setState({zoom: {x: [0.5, 1]}})");
        assertEquals(List.of(1L, 2L), browser.js("return hmspec.views['hm-right-chart/view-1'].getState().visible.columns"));
        assertEquals(List.of(0L, 2L), browser.js("return hmspec.views['hm-left-chart/view-1'].getState().visible.columns"));
        assertTrue(events.size() <= ((List<?>) browser.js("return events")).size());
        assertTrue(((List<?>) browser.js("return events.filter(function (e) { return e[0] === 'zoom' && e[1] === 'api'; })")).size() == 1);
        assertEquals(List.of(), browser.consoleErrors());
        browser.shot("embed-fragments");
    }

    /** Viewport centre of cell (col, row) of the first view inside fragment {@code id}. */
    static int[] center(String id, int col, int row) {
        @SuppressWarnings("unchecked")
        List<Number> p = (List<Number>) browser.js("var v = hmspec.views[arguments[0] + '/view-1'], c = document.querySelector('#' + arguments[0] + ' .hm-canvas');"
                + "var r = c.getBoundingClientRect(), s = v.state;"
                + "return [r.left + (arguments[1] + 0.5) / 3 * r.width, r.top + (arguments[2] + 0.5) / 2 * r.height];", id, col, row);
        return new int[] {(int) Math.round(p.get(0).doubleValue()), (int) Math.round(p.get(1).doubleValue())};
    }

    @Test
    void movingABoundControlChangesTheDrawnCells() {
        browser.open(compile(spec("Bound", " param min = 0 bind range 0, 10, 1\n filter v >= $min"), CompileOptions.defaults()), "embed-param");
        String before = (String) browser.js("return document.querySelector('.hm-canvas').toDataURL()");
        double cellB = pixel(1, 0);
        browser.js("var i = document.querySelector('[data-hm-param=\"min\"]'); i.value = 6; i.dispatchEvent(new Event('input'));");
        String after = (String) browser.js("return document.querySelector('.hm-canvas').toDataURL()");
        assertNotEquals(before, after, "the cells below 6 are no longer drawn in their color");
        assertNotEquals(cellB, pixel(1, 0), 1, "cell (b, p) = 3 fails v >= 6");
        assertEquals(pixel(2, 1), pixel(2, 1), 0);
        assertEquals("6", browser.js("return document.querySelector('.hm-control output').textContent"));
        assertEquals(6L, browser.js("return hmspec.views['view-1'].getState().params.min"));
        browser.js("hmspec.views['view-1'].setParam('min', 0)");
        assertEquals(before, browser.js("return document.querySelector('.hm-canvas').toDataURL()"), "back to every cell");
    }

    /** Mean RGB of the canvas pixel at the centre of cell (col, row) of a 3 x 2 grid. */
    static double pixel(int col, int row) {
        return browser.num("var c = document.querySelector('.hm-canvas'), x = Math.floor((arguments[0] + 0.5) / 3 * c.width),"
                + " y = Math.floor((arguments[1] + 0.5) / 2 * c.height), d = c.getContext('2d').getImageData(x, y, 1, 1).data;"
                + " return (d[0] + d[1] + d[2]) / 3;", col, row);
    }
}
