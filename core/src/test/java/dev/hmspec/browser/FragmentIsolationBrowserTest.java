package dev.hmspec.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.html.FragmentRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Fragments with every feature on one host page: two clustered fragments (dendrograms, an
 * annotation bar) and a faceted one. Pointer input in one fragment changes nothing in the
 * others (their view states, overlays, drawings, tooltips and pixels are compared before and
 * after), and no id on the page is used twice.
 */
class FragmentIsolationBrowserTest {
    static Browser b;
    static final String A = "hm-clustered-a", B = "hm-facets", C = "hm-clustered-c";

    @BeforeAll static void start() { b = Browser.start(); }
    @AfterAll static void stop() { if (b != null) b.close(); }

    @BeforeEach void open() throws IOException {
        b.driver.get(page().toAbsolutePath().toUri().toString());
        new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d ->
                Boolean.TRUE.equals(b.js("return document.querySelectorAll('[data-hm-ready]').length === 3")));
    }

    @AfterEach void noConsoleErrors() { assertEquals(List.of(), b.consoleErrors(), "console errors"); }

    /** Twelve rows in three groups, each row's group as an annotation bar; rows clustered and cut in 3. */
    static String clustered(String title) {
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < 12; r++) {
            int group = r % 3;
            for (int c = 0; c < 5; c++) {
                double v = (c == group ? 10 * (group + 1) : 0) + ((r * 7 + c * 3) % 5) * 0.1;
                s.append(s.length() == 0 ? "" : ",\n").append(String.format(Locale.ROOT,
                        "{\"row\": \"r%02d\", \"col\": \"c%d\", \"kind\": \"k%d\", \"v\": %.2f}", r, c, group, v));
            }
        }
        return "heatmap \"" + title + "\" {\n data values [\n" + s + "]\n x col\n y row\n color v\n"
                + " annotate rows kind { legend \"Kind\" }\n cluster rows { cut 3 }\n size 420 x 360\n"
                + " tooltip row, col, v\n interact tooltip, zoom y, keyboard\n}\n";
    }

    static String facets() {
        StringBuilder rows = new StringBuilder();
        for (String g : List.of("A", "B"))
            for (int c = 0; c < 6; c++)
                for (int r = 0; r < 4; r++)
                    rows.append(rows.length() == 0 ? "" : ",\n").append("{\"g\": \"").append(g).append("\", \"c\": ").append(c)
                            .append(", \"r\": ").append(r).append(", \"v\": ").append((c + r * 6) * (g.equals("A") ? 1 : 10)).append('}');
        return "heatmap \"Facets\" {\n data values [\n" + rows + "]\n x c\n y r\n color v\n facet g wrap 2\n"
                + " interact tooltip, crosshair, zoom x, brush, legend\n}\n";
    }

    static Path page() throws IOException {
        String page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>host</title></head><body>\n"
                + "<div style=\"display:flex;flex-wrap:wrap;gap:16px\">" + cell(clustered("Clustered A"), A)
                + cell(facets(), B) + cell(clustered("Clustered C"), C) + "</div></body></html>\n";
        Path file = Browser.OUT.resolve("embed-isolation.html");
        Files.createDirectories(Browser.OUT);
        Files.writeString(file, page);
        return file;
    }

    static String cell(String spec, String id) {
        String html = new String(FragmentRenderer.render(Browser.compile(spec), RenderOptions.defaults(), id, true),
                StandardCharsets.UTF_8);
        return "<div style=\"width:470px\">" + html + "</div>";
    }

    /** Everything a fragment shows or holds that input could change, canvas pixels included. */
    static final String SNAPSHOT = """
            var id = arguments[0], root = document.getElementById(id), out = {};
            Object.keys(hmspec.views).filter(function (k) { return k.indexOf(id + '/') === 0; }).forEach(function (k) {
              var v = hmspec.views[k];
              out[k] = JSON.stringify([v.state, v.selection, v.hover, v.linked, v.focus, v.filter,
                (v.dendrograms || []).map(function (d) { return [d.active, d.focus]; })]); });
            var tip = root.querySelector('[data-hm-tooltip]');
            out.tip = tip.hidden + '|' + tip.textContent;
            out.top = root.querySelector('.hm-top').innerHTML;
            out.svg = root.querySelector('.hm-figure > svg').innerHTML;
            out.live = Array.prototype.map.call(root.querySelectorAll('.hm-live'), function (e) { return e.textContent; }).join('|');
            out.pixels = Array.prototype.map.call(root.querySelectorAll('canvas'), function (c) { return c.toDataURL(); }).join('|');
            return out;""";

    @SuppressWarnings("unchecked")
    Map<String, Object> snapshot(String id) { return (Map<String, Object>) b.js(SNAPSHOT, id); }

    /** Viewport position of scene point (x, y) in fragment {@code id}. */
    int[] at(String id, double x, double y) {
        @SuppressWarnings("unchecked")
        List<Number> p = (List<Number>) b.js("var s = document.querySelector('#' + arguments[0] + ' .hm-figure > svg');"
                + "var r = s.getBoundingClientRect(), k = r.width / s.viewBox.baseVal.width;"
                + "return [r.left + arguments[1] * k, r.top + arguments[2] * k];", id, x, y);
        return new int[] {(int) Math.round(p.get(0).doubleValue()), (int) Math.round(p.get(1).doubleValue())};
    }

    /** The first point, left to right across the tree at the plot's mid height, that activates a branch. */
    int[] branchOf(String id) {
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) b.js("var e = hmspec.views[arguments[0] + '/view-1'].dendrograms[0].element.getBoundingClientRect();"
                + "return [e.left, e.right, e.top + e.height / 2];", id);
        for (double x = r.get(0).doubleValue() + 1; x < r.get(1).doubleValue(); x += 2) {
            b.actions().moveToLocation((int) x, (int) r.get(2).doubleValue()).perform();
            if (b.js("return hmspec.views[arguments[0] + '/view-1'].dendrograms[0].active", id) != null)
                return new int[] {(int) x, (int) r.get(2).doubleValue()};
        }
        throw new AssertionError("no branch under the pointer across the dendrogram of " + id);
    }

    @Test
    void noIdOnAPageOfThreeFragmentsIsUsedTwiceAndEachDendrogramClipsToItsOwnFragment() {
        assertEquals(List.of(), b.js("var seen = {}, dup = [];"
                + "document.querySelectorAll('[id]').forEach(function (e) { if (seen[e.id]) dup.push(e.id); seen[e.id] = 1; });"
                + "return dup;"));
        for (String id : List.of(A, C)) {
            String clip = (String) b.js("return document.querySelector('#' + arguments[0] + ' .hm-dendrogram > g[clip-path]')"
                    + ".getAttribute('clip-path')", id);
            assertTrue(clip.startsWith("url(#" + id + "-"), clip);
            assertEquals(id, b.js("return document.getElementById(arguments[0].slice(5, -1)).closest('.hm-fragment').id", clip));
        }
        b.shot("embed-isolation");
    }

    @Test
    void hoveringAndClickingTheDendrogramAndTheAnnotationBarOfOneFragmentChangesNothingInTheOthers() {
        Map<String, Object> a0 = snapshot(A), b0 = snapshot(B), c0 = snapshot(C);
        // a cell, the annotation bar's first band, then a branch of the tree, clicked (zooms A's rows)
        @SuppressWarnings("unchecked")
        List<Number> bar = (List<Number>) b.js("var d = JSON.parse(document.querySelector('#' + arguments[0] + ' script[data-hm-data]')"
                + ".textContent); return d.views[0].bands[0].box;", A);
        double barX = bar.get(0).doubleValue() + bar.get(2).doubleValue() / 2, barY = bar.get(1).doubleValue() + 4;
        int[] cellPoint = centerOfCanvas(A);
        b.actions().moveToLocation(cellPoint[0], cellPoint[1]).perform();
        assertNotNull(b.js("return hmspec.views[arguments[0] + '/view-1'].hover", A), "the cell under the pointer is hovered");
        int[] p = at(A, barX, barY);
        b.actions().moveToLocation(p[0], p[1]).perform();
        assertTrue(((String) b.js("return document.querySelector('#' + arguments[0] + ' [data-hm-tooltip]').textContent", A))
                .contains("k"), "the annotation bar's tooltip names the kind");
        int[] branch = branchOf(A);
        b.actions().moveToLocation(branch[0], branch[1]).click().perform();
        Map<String, Object> a1 = snapshot(A);
        assertNotEquals(a0.get(A + "/view-1"), a1.get(A + "/view-1"), "A's own view changed (zoomed to the branch)");
        assertNotEquals(a0.get("top"), a1.get("top"), "A's overlay shows the branch");
        assertEquals(b0, snapshot(B), "the faceted fragment is untouched");
        assertEquals(c0, snapshot(C), "the other clustered fragment is untouched");
        b.shot("embed-isolation-a");
    }

    @Test
    void hoverAndZoomInOneFacetPanelLinkItsSiblingPanelButNoOtherFragment() {
        Map<String, Object> a0 = snapshot(A), c0 = snapshot(C);
        int[] p = centerOfCanvas(B);
        b.actions().moveToLocation(p[0], p[1]).perform();
        assertNotNull(b.js("return hmspec.views[arguments[0] + '/view-2'].linked", B), "the sibling panel marks the hovered keys");
        for (int i = 0; i < 3; i++) b.actions().scrollFromOrigin(WheelInput.ScrollOrigin.fromViewport(p[0], p[1]), 0, -200).perform();
        new WebDriverWait(b.driver, Duration.ofSeconds(5)).until(d -> ((Number) ((List<?>) b.js(
                "return hmspec.views[arguments[0] + '/view-2'].state.zoom", B)).get(0)).doubleValue() > 1.5);
        assertEquals(a0, snapshot(A), "the clustered fragment A is untouched");
        assertEquals(c0, snapshot(C), "the clustered fragment C is untouched");
    }

    int[] centerOfCanvas(String id) {
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) b.js("var c = document.querySelector('#' + arguments[0] + ' .hm-canvas').getBoundingClientRect();"
                + "return [c.left + c.width / 2, c.top + c.height / 2];", id);
        return new int[] {(int) Math.round(r.get(0).doubleValue()), (int) Math.round(r.get(1).doubleValue())};
    }
}
