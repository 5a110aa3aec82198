package dev.hmspec.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.scene.DendrogramInfo;
import dev.hmspec.scene.LayoutBox;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.ViewInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The row dendrogram of a clustered page, with real pointer and keyboard input: hovering a branch
 * highlights exactly its rows, a click zooms the grid to them, and the keyboard walks the tree.
 * Expected rows come from the compiled scene's tree, not from the page.
 */
class DendrogramBrowserTest {
    static Browser b;

    @BeforeAll static void start() { b = Browser.start(); }
    @AfterAll static void stop() { if (b != null) b.close(); }

    @AfterEach void noConsoleErrors() { assertEquals(List.of(), b.consoleErrors(), "console errors"); }

    /** Twelve rows in three well separated groups (heights far apart), five columns. */
    static Scene scene() {
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < 12; r++) {
            int group = r % 3;
            for (int c = 0; c < 5; c++) {
                double v = (c == group ? 10 * (group + 1) : 0) + ((r * 7 + c * 3) % 5) * 0.1;
                s.append(s.length() == 0 ? "" : ",\n").append(String.format(Locale.ROOT,
                        "{\"row\": \"r%02d\", \"col\": \"c%d\", \"v\": %.2f}", r, c, v));
            }
        }
        return Browser.compile("heatmap \"Clustered\" {\n data values [\n" + s + "]\n x col\n y row\n color v\n"
                + " cluster rows { cut 3 }\n size 420 x 360\n interact tooltip, keyboard\n}\n");
    }

    /** Per node id: band range and foot (scene coordinates), as DendrogramTrack draws them. */
    record Node(int lo, int hi, double along, double depth) {}

    static Node[] nodes(ViewInfo v, DendrogramInfo d) {
        LayoutBox box = v.box("dendrogram-y").orElseThrow();
        int n = d.leaves();
        double step = v.plotHeight() / d.bands(), depth = box.width() - 4, maxH = 0;
        for (double h : d.height()) maxH = Math.max(maxH, h);
        Node[] out = new Node[2 * n - 1];
        for (int i = 0; i < n; i++) out[i] = new Node(d.leafBand()[i], d.leafBand()[i], v.plotY() + (d.leafBand()[i] + 0.5) * step, 0);
        for (int k = 0; k < n - 1; k++) {
            Node a = out[d.left()[k]], c = out[d.right()[k]];
            out[n + k] = new Node(Math.min(a.lo(), c.lo()), Math.max(a.hi(), c.hi()), (a.along() + c.along()) / 2,
                    d.height()[k] / maxH * depth);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> js(String script) { return (Map<String, Object>) b.js(script); }

    int num(Map<String, Object> m, String key) { return ((Number) m.get(key)).intValue(); }

    List<?> rows() { return (List<?>) js("return hmspec.list[0].state").get("rows"); }

    @Test
    void hovering_a_branch_highlights_its_rows_and_a_click_zooms_the_grid_to_them() {
        Scene scene = scene();
        ViewInfo v = scene.views().get(0);
        DendrogramInfo d = v.dendrograms().get(0);
        Node[] nodes = nodes(v, d);
        int n = d.leaves(), root = 2 * n - 2;
        // The root's child that joins two groups: a merge drawn well away from its own children.
        int branch = nodes[d.left()[root - n]].depth() > nodes[d.right()[root - n]].depth() ? d.left()[root - n] : d.right()[root - n];
        assertTrue(nodes[branch].depth() > 10, "two groups join well above the leaves in this data");
        Node target = nodes[branch];
        assertTrue(target.hi() - target.lo() + 1 < n, "a proper subtree");
        double base = v.box("dendrogram-y").orElseThrow().x() + v.box("dendrogram-y").orElseThrow().width() - 4;
        b.open(scene, "dendrogram");
        assertEquals(List.of(), Axe.violations(b.driver), "axe-core on the clustered page");
        int[] p = b.client(base - target.depth() - 0.5, target.along());
        b.actions().moveToLocation(p[0], p[1]).perform();
        Map<String, Object> active = js("return hmspec.list[0].dendrograms[0].active");
        assertNotNull(active, "a branch is active under the pointer");
        assertEquals(target.lo(), num(active, "lo"));
        assertEquals(target.hi(), num(active, "hi"));
        int size = target.hi() - target.lo() + 1;
        String tip = (String) b.js("return document.querySelector('[data-hm-tooltip]').textContent");
        assertTrue(tip.startsWith(size + " rows, height "), tip);
        // The highlight on the grid covers exactly those rows.
        Map<String, Object> mark = js("var r = document.querySelector('.hm-subtree');"
                + "return {y: +r.getAttribute('y'), h: +r.getAttribute('height'), shown: r.getAttribute('display')};");
        double step = v.plotHeight() / d.bands();
        assertEquals(v.plotY() + target.lo() * step, ((Number) mark.get("y")).doubleValue(), 1e-6);
        assertEquals(size * step, ((Number) mark.get("h")).doubleValue(), 1e-6);
        b.shot("dendrogram-hover");
        String before = (String) b.js("return document.querySelector('.hm-dendrogram [data-branches]').getAttribute('d')");
        b.actions().click().perform();
        assertEquals(List.of((long) target.lo(), (long) target.hi()), rows());
        String after = (String) b.js("return document.querySelector('.hm-dendrogram [data-branches]').getAttribute('d')");
        assertNotEquals(before, after, "the dendrogram follows the zoom of its axis");
        b.shot("dendrogram-zoomed");
    }

    @Test
    void the_keyboard_focuses_the_root_walks_child_and_sibling_and_enter_zooms_escape_resets() {
        Scene scene = scene();
        ViewInfo v = scene.views().get(0);
        DendrogramInfo d = v.dendrograms().get(0);
        Node[] nodes = nodes(v, d);
        int n = d.leaves(), root = 2 * n - 2;
        b.open(scene, "dendrogram-keys");
        b.js("hmspec.list[0].element.focus()");
        assertEquals("hm-canvas", b.js("return document.activeElement.className"));
        b.actions().sendKeys("d").perform();
        assertEquals("hm-dendrogram-hit", b.js("return document.activeElement.getAttribute('class')"));
        Map<String, Object> focus = js("return hmspec.list[0].dendrograms[0].focus");
        assertEquals(root, num(focus, "node"));
        assertEquals(0, num(focus, "lo"));
        assertEquals(d.bands() - 1, num(focus, "hi"));
        b.actions().sendKeys(Keys.ARROW_RIGHT).perform(); // to the first child
        assertEquals(d.left()[root - n], num(js("return hmspec.list[0].dendrograms[0].focus"), "node"));
        b.actions().sendKeys(Keys.ARROW_DOWN).perform(); // to its sibling
        int sibling = d.right()[root - n];
        assertEquals(sibling, num(js("return hmspec.list[0].dendrograms[0].focus"), "node"));
        assertTrue(((String) b.js("return document.querySelector('.hm-live').textContent")).contains(" rows, height "));
        b.actions().sendKeys(Keys.ARROW_LEFT).perform(); // back to the parent
        assertEquals(root, num(js("return hmspec.list[0].dendrograms[0].focus"), "node"));
        b.actions().sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_DOWN, Keys.ENTER).perform();
        assertEquals(List.of((long) nodes[sibling].lo(), (long) nodes[sibling].hi()), rows());
        b.actions().sendKeys(Keys.ESCAPE).perform();
        assertEquals(List.of(0L, (long) d.bands() - 1), rows());
    }
}
