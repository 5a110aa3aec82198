package dev.hmspec.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Issue 11 item 17: what the page shows for a brush, after Escape, on empty cells, on swatch clicks, with no keyboard. */
class SharpEdgesBrowserTest {
    static Browser b;

    @BeforeAll static void start() { b = Browser.start(); }
    @AfterAll static void stop() { if (b != null) b.close(); }

    @AfterEach void noConsoleErrors() { assertEquals(List.of(), b.consoleErrors(), "console errors"); }

    /** 4 columns × 3 rows, v = 10 c + r, group "even"/"odd" by column; cell (3, 2) has no row at all. */
    static String grid(String interact, String extra) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < 4; c++)
            for (int r = 0; r < 3; r++) {
                if (c == 3 && r == 2) continue;
                s.append(s.length() == 0 ? "" : ",").append("{\"c\": ").append(c).append(", \"r\": ").append(r)
                        .append(", \"v\": ").append(10 * c + r).append(", \"g\": \"").append(c % 2 == 0 ? "even" : "odd")
                        .append("\", \"w\": ").append(r).append("}");
            }
        return "heatmap \"Edges\" {\n data values [" + s + "]\n x c\n y r\n" + extra + " interact " + interact + "\n}\n";
    }

    int[] cell(int c, int r) {
        @SuppressWarnings("unchecked")
        List<Number> p = (List<Number>) b.js("var s = hmspec.list[0].state, d = JSON.parse(document.getElementById('hmspec-data').textContent).views[0];"
                + "return [s.plot[0] + (arguments[0] + 0.5) / d.columns * s.plot[2], s.plot[1] + (arguments[1] + 0.5) / d.rows * s.plot[3]];", c, r);
        return b.client(p.get(0).doubleValue(), p.get(1).doubleValue());
    }

    String tip() { return (String) b.js("var t = document.querySelector('[data-hm-tooltip]'); return t.hidden ? null : t.textContent;"); }

    String summary() { return (String) b.js("var o = document.querySelector('.hm-summary'); return o && !o.hidden ? o.textContent : null;"); }

    @Test
    void brushing_shows_the_count_sum_and_mean_of_the_selection_on_screen_and_clearing_hides_them() {
        b.open(Browser.compile(grid("tooltip, brush xy", " color v\n")), "edges-brush");
        assertNull(summary(), "nothing selected, no summary");
        int[] a = cell(0, 0), z = cell(1, 1);
        b.actions().moveToLocation(a[0], a[1]).clickAndHold().moveToLocation(z[0], z[1]).release().perform();
        // cells (0,0) (1,0) (0,1) (1,1): 0 + 10 + 1 + 11 = 22, mean 5.5
        assertEquals("Selection: 4 cells, sum 22, mean 5.5", summary());
        assertTrue(b.driver.findElement(By.cssSelector(".hm-summary")).isDisplayed(), "drawn on screen");
        b.shot("edges-brush");
        b.actions().moveToLocation(a[0], a[1]).click().perform();
        assertNull(summary(), "a click clears the selection and its summary");
    }

    @Test
    void escape_removes_the_focus_box_and_the_tooltip() {
        b.open(Browser.compile(grid("tooltip, keyboard", " color v\n")), "edges-escape");
        b.actions().sendKeys(Keys.TAB).perform();
        b.actions().sendKeys(Keys.ARROW_RIGHT).perform();
        assertEquals("inline", b.js("return document.querySelector('.hm-focus').getAttribute('display')"));
        b.actions().sendKeys(Keys.ESCAPE).perform();
        assertEquals("none", b.js("return document.querySelector('.hm-focus').getAttribute('display')"), "focus box gone");
        assertNull(b.js("return hmspec.list[0].focus"));
        assertNull(tip(), "tooltip gone");
    }

    @Test
    void keyboard_navigation_is_there_only_when_the_spec_asks_for_it() {
        b.open(Browser.compile(grid("tooltip", " color v\n")), "edges-nokeys");
        WebElement canvas = b.driver.findElement(By.cssSelector(".hm-canvas"));
        assertFalse("0".equals(canvas.getAttribute("tabindex")), "canvas is not a tab stop");
        assertNull(canvas.getAttribute("role"));
        b.open(Browser.compile(grid("tooltip, keyboard", " color v\n")), "edges-keys");
        canvas = b.driver.findElement(By.cssSelector(".hm-canvas"));
        assertEquals("0", canvas.getAttribute("tabindex"));
        assertEquals("application", canvas.getAttribute("role"));
    }

    @Test
    void an_empty_cells_tooltip_keeps_the_tooltip_fields_in_order_with_the_color_fields_label() {
        // w is a field of no channel, so the page shows the compiler's per-cell tooltip text.
        b.open(Browser.compile(grid("tooltip", " color v\n tooltip v, w, c, r\n")), "edges-empty-tip");
        int[] full = cell(2, 2), empty = cell(3, 2);
        b.actions().moveToLocation(full[0], full[1]).perform();
        assertEquals("v: 22\nw: 2\nc: 2\nr: 2", tip());
        b.actions().moveToLocation(empty[0], empty[1]).perform();
        assertEquals("v: no data\nw: \u2013\nc: 3\nr: 2", tip());
    }

    /** The canvas pixel at the centre of cell (c, r), as [r, g, b]. */
    List<?> pixel(int c, int r) {
        return (List<?>) b.js("var v = hmspec.list[0], cv = v.element, s = v.state, d = JSON.parse(document.getElementById('hmspec-data').textContent).views[0];"
                + "var x = Math.floor((arguments[0] + 0.5) / d.columns * cv.width), y = Math.floor((arguments[1] + 0.5) / d.rows * cv.height);"
                + "return Array.from(cv.getContext('2d').getImageData(x, y, 1, 1).data.slice(0, 3));", c, r);
    }

    @Test
    void clicking_or_pressing_a_swatch_keeps_only_its_category_and_again_shows_all() {
        b.open(Browser.compile(grid("tooltip, legend", " color g\n")), "edges-swatch");
        List<WebElement> swatches = b.driver.findElements(By.cssSelector("[data-role='swatch'][role='button']"));
        assertEquals(2, swatches.size(), "one toggle button per category");
        List<?> even = pixel(0, 0), odd = pixel(1, 0);
        WebElement first = swatches.get(0);
        String label = first.getAttribute("aria-label");
        b.actions().moveToElement(first).click().perform();
        assertEquals("true", first.getAttribute("aria-pressed"));
        String category = (String) b.js("return hmspec.list[0].category");
        assertEquals("Show only " + category, label);
        List<?> keptCell = category.equals("even") ? pixel(0, 0) : pixel(1, 0);
        List<?> dimmedCell = category.equals("even") ? pixel(1, 0) : pixel(0, 0);
        assertEquals(category.equals("even") ? even : odd, keptCell, "the chosen category keeps its color");
        assertNotEquals(category.equals("even") ? odd : even, dimmedCell, "the other category is dimmed");
        b.shot("edges-swatch");
        // Keyboard: the second swatch takes over, then Space on it shows everything again.
        WebElement second = swatches.get(1);
        second.sendKeys(Keys.ENTER);
        assertEquals("false", first.getAttribute("aria-pressed"));
        assertEquals("true", second.getAttribute("aria-pressed"));
        second.sendKeys(Keys.SPACE);
        assertNull(b.js("return hmspec.list[0].category"));
        assertEquals(even, pixel(0, 0));
        assertEquals(odd, pixel(1, 0));
    }

    /** Whether two client rectangles overlap. */
    boolean overlap(String a, String b2) {
        return (Boolean) b.js("var a = document.querySelector(arguments[0]).getBoundingClientRect(), c = document.querySelector(arguments[1]).getBoundingClientRect();"
                + "return a.left < c.right && c.left < a.right && a.top < c.bottom && c.top < a.bottom;", a, b2);
    }

    @Test
    void on_a_narrow_screen_the_toolbar_leaves_the_subtitle_readable() {
        String spec = grid("tooltip, zoom, pan, brush xy, export", " color v\n").replace(" x c\n",
                " subtitle \"A subtitle long enough to reach the right edge of this small chart\"\n x c\n");
        try {
            b.driver.manage().window().setSize(new Dimension(420, 800));
            b.open(Browser.compile(spec), "edges-narrow");
            assertTrue(b.driver.findElement(By.cssSelector(".hm-toolbar")).isDisplayed());
            b.shot("edges-narrow");
            assertFalse(overlap(".hm-toolbar", "[data-role='subtitle']"), "toolbar over the subtitle");
            assertFalse(overlap(".hm-toolbar", ".hm-canvas"), "toolbar over the cells");
        } finally {
            b.driver.manage().window().setSize(new Dimension(1000, 800));
        }
    }
}
