package dev.hmspec.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.compile.BandPaddingTest;
import dev.hmspec.render.json.SceneJson;
import dev.hmspec.render.png.PngRenderer;
import dev.hmspec.render.svg.SvgRenderer;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Scene;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Padding reaches the pixels: rects are band-wide and gaps show the background, in rects and image mode. */
class PaddedCellsTest {
    static final Scene SCENE = BandPaddingTest.compileForRenderers();

    @Test
    void svg_rects_are_as_wide_and_tall_as_the_bands_not_the_step() {
        CellGrid g = BandPaddingTest.gridOf(SCENE);
        List<Element> rects = SvgDom.elements(SvgDom.parse(SvgRenderer.render(SCENE, RenderOptions.defaults())), "rect").stream()
                .filter(r -> r.hasAttribute("data-col")).toList();
        assertEquals(g.columns() * g.rows(), rects.size());
        for (Element r : rects) {
            int col = Integer.parseInt(r.getAttribute("data-col")), row = Integer.parseInt(r.getAttribute("data-row"));
            assertEquals(32, Double.parseDouble(r.getAttribute("width")), 1e-3, "bandwidth = step 40 × (1 − 0.2)");
            assertEquals(27, Double.parseDouble(r.getAttribute("height")), 1e-3, "bandwidth = step 30 × (1 − 0.1)");
            assertEquals(40 * col + 4, Double.parseDouble(r.getAttribute("x")), 1e-3, "x: slot start + half the gap");
            assertEquals(30 * row + 1.5, Double.parseDouble(r.getAttribute("y")), 1e-3, "y: slot start + half the gap");
        }
    }

    @Test
    void scene_json_carries_the_insets_and_reads_them_back() {
        String json = SceneJson.write(SCENE);
        assertTrue(json.contains("\"columnInset\" : 0.1") && json.contains("\"rowInset\" : 0.05"), "insets written");
        CellGrid back = BandPaddingTest.gridOf(SceneJson.read(json));
        assertEquals(0.1, back.columnInset(), 1e-12);
        assertEquals(0.05, back.rowInset(), 1e-12);
        assertTrue(!SceneJson.write(BandPaddingTest.compileForRenderers("")).contains("Inset"), "unpadded grids write no insets");
    }

    @Test
    void png_shows_the_background_in_a_gap_and_the_cell_color_inside_a_cell() throws IOException {
        for (RenderOptions o : List.of(RenderOptions.defaults(), RenderOptions.defaults().withMaxCellRects(0))) {
            assertGapAndCell(o);
        }
    }

    private static void assertGapAndCell(RenderOptions o) throws IOException {
        CellGrid g = BandPaddingTest.gridOf(SCENE);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(PngRenderer.render(SCENE, o.withPngScale(2))));
        String mode = o.maxCellRects() == 0 ? "image mode" : "rect mode";
        // Between columns 2 and 3: the 8 px gap around the slot edge at x = 120; row 1's centre.
        double gx = g.x() + 120, cy = g.y() + 45;
        assertColor(SCENE.background(), img.getRGB((int) (gx * 2), (int) (cy * 2)), mode + ": vertical gap");
        // Between rows 1 and 2 (3 px gap around y = 60), inside column 2.
        assertColor(SCENE.background(), img.getRGB((int) ((g.x() + 100) * 2), (int) ((g.y() + 60) * 2)), mode + ": horizontal gap");
        int i = g.index(2, 1);
        assertColor(g.colors()[i], img.getRGB((int) ((g.x() + 100) * 2), (int) ((g.y() + 40) * 2)), mode + ": inside cell 2,1");
    }

    static void assertColor(int expected, int actual, String where) {
        for (int shift = 0; shift < 24; shift += 8) {
            int e = expected >>> shift & 0xFF, a = actual >>> shift & 0xFF;
            assertTrue(Math.abs(e - a) <= 1, where + ": expected " + Integer.toHexString(expected) + " got " + Integer.toHexString(actual));
        }
    }
}
