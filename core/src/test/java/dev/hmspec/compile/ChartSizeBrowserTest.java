package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.browser.Browser;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A fixed-size page whose cells are under a pixel keeps its legend in view and still zooms to one cell. */
class ChartSizeBrowserTest {
    static Browser b;

    @BeforeAll static void start() {
        b = Browser.start();
        String spec = "heatmap \"Dense\" {\n  data values " + ChartSizeTest.matrix(400) + " matrix\n  x x\n  y y\n  color value\n"
                + "  interact tooltip, zoom\n  size 360 x 300\n}\n";
        b.open(Browser.compile(spec), "sub-pixel-cells");
    }

    @AfterAll static void stop() { if (b != null) b.close(); }

    double rect(String selector, String side) {
        return b.num("return document.querySelector(arguments[0]).getBoundingClientRect()[arguments[1]]", selector, side);
    }

    @Test
    void theLegendStaysInsideTheChart() {
        assertTrue(rect("[data-role=legend]", "right") <= rect(".hm-figure > svg", "right") + 0.5, "legend inside the drawing");
        assertTrue(rect(".hm-canvas", "width") < 400, "400 columns in under 400 px");
    }

    @Test
    @SuppressWarnings("unchecked")
    void zoomingAllTheWayInShowsASingleCell() {
        b.js("hmspec.list[0].zoomTo(200 / 400, 201 / 400, 100 / 400, 101 / 400)"); // exactly one cell
        List<Number> zoom = (List<Number>) b.js("return hmspec.list[0].state.zoom");
        assertEquals(400, zoom.get(0).doubleValue(), 1e-6, "the window is one column wide");
        assertEquals(400, zoom.get(1).doubleValue(), 1e-6, "and one row high");
        List<Number> plot = (List<Number>) b.js("return hmspec.list[0].state.plot");
        int[] p = b.client(plot.get(0).doubleValue() + plot.get(2).doubleValue() / 2, plot.get(1).doubleValue() + plot.get(3).doubleValue() / 2);
        b.actions().moveToLocation(p[0], p[1]).perform();
        assertEquals(100 * 400 + 200, b.num("var h = hmspec.list[0].hover; return h ? h.value : -1"), 0,
                "the cell filling the plot is cell (200, 100), hovered with its value");
        b.js("hmspec.list[0].reset()");
    }
}
