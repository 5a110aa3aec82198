package dev.hmspec.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.compile.BandPaddingTest;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Scene;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;

/** Padding on the page: the canvas leaves gaps as background, and hover over a gap finds no cell. */
class PaddingBrowserTest {
    static Browser b;

    @BeforeAll static void start() { b = Browser.start(); }
    @AfterAll static void stop() { if (b != null) b.close(); }

    @AfterEach void noConsoleErrors() { assertEquals(List.of(), b.consoleErrors(), "console errors"); }

    /** RGBA of the canvas pixel under a viewport point. */
    @SuppressWarnings("unchecked")
    static List<Number> canvasPixel(int[] p) {
        return (List<Number>) b.js("var c = document.querySelector('.hm-canvas'), r = c.getBoundingClientRect(), k = c.width / r.width;"
                + "var d = c.getContext('2d').getImageData(Math.floor((arguments[0] - r.left) * k), Math.floor((arguments[1] - r.top) * k), 1, 1).data;"
                + "return [d[0], d[1], d[2], d[3]];", p[0], p[1]);
    }

    /** RGBA of the canvas pixel under a viewport point, in any browser test's page. */
    @SuppressWarnings("unchecked")
    public static List<Number> canvasPixelOf(Browser browser, int[] p) {
        return (List<Number>) browser.js("var c = document.querySelector('.hm-canvas'), r = c.getBoundingClientRect(), k = c.width / r.width;"
                + "var d = c.getContext('2d').getImageData(Math.floor((arguments[0] - r.left) * k), Math.floor((arguments[1] - r.top) * k), 1, 1).data;"
                + "return [d[0], d[1], d[2], d[3]];", p[0], p[1]);
    }

    static String tip() { return (String) b.js("var t = document.querySelector('[data-hm-tooltip]'); return t.hidden ? null : t.textContent;"); }

    @Test
    void the_canvas_leaves_gaps_as_background_and_hover_finds_cells_but_not_gaps() throws IOException {
        Scene scene = Browser.compile(BandPaddingTest.spec(6, 4, "padding 0.2", "padding 0.1", "cell 40 x 30", "interact tooltip"));
        CellGrid g = BandPaddingTest.gridOf(scene);
        b.open(scene, "padding");
        // Cell (2, 1) spans x 84..116, y 31.5..58.5 in the grid; the gap between columns 2 and 3 is 116..124.
        int[] cell = b.client(g.x() + 100, g.y() + 40), gap = b.client(g.x() + 120, g.y() + 45);
        int color = g.colors()[g.index(2, 1)];
        List<Number> c = canvasPixel(cell), gp = canvasPixel(gap);
        assertEquals(List.of(color >> 16 & 255, color >> 8 & 255, color & 255, 255), c.stream().map(Number::intValue).toList(), "the cell's color");
        assertEquals(0, gp.get(3).intValue(), "the gap is left transparent on the canvas");
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(b.driver.getScreenshotAs(OutputType.BYTES)));
        assertEquals(scene.background() & 0xFFFFFF, shot.getRGB(gap[0], gap[1]) & 0xFFFFFF, "the page background shows in the gap");
        b.shot("padding");

        b.actions().moveToLocation(cell[0], cell[1]).perform();
        assertEquals("c: c2\nr: r1\nv: " + (2 * 4 + 1), tip(), "hover over a cell shows its tooltip");
        b.actions().moveToLocation(gap[0], gap[1]).perform();
        assertNull(tip(), "hover over a gap shows no tooltip");
        assertNull(b.js("return hmspec.list[0].hover || null"), "and no hovered cell");
        int[] next = b.client(g.x() + 140, g.y() + 45);
        b.actions().moveToLocation(next[0], next[1]).perform();
        assertTrue(tip() != null && tip().startsWith("c: c3\nr: r1"), "the next cell over: " + tip());
    }
}
