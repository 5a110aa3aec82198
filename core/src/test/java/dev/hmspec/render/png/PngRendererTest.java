package dev.hmspec.render.png;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.TestScenes;
import dev.hmspec.scene.Scene;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngRendererTest {
    static BufferedImage png(Scene s, RenderOptions o) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(PngRenderer.render(s, o)));
    }

    static void assertColor(int expected, int actual, String where) {
        for (int shift = 0; shift <= 24; shift += 8) {
            int e = expected >>> shift & 0xFF, a = actual >>> shift & 0xFF;
            assertTrue(Math.abs(e - a) <= 1, where + ": expected " + Integer.toHexString(expected) + " got " + Integer.toHexString(actual));
        }
    }

    @Test
    void render_scales_the_scene_by_the_png_scale_factor() throws IOException {
        BufferedImage img = png(TestScenes.small(), RenderOptions.defaults());
        assertEquals(960, img.getWidth());
        assertEquals(600, img.getHeight());
        assertEquals(480, png(TestScenes.small(), RenderOptions.defaults().withPngScale(1)).getWidth());
    }

    @Test
    void render_paints_each_cell_center_in_the_cell_color_and_absent_cells_in_the_background() throws IOException {
        BufferedImage img = png(TestScenes.small(), RenderOptions.defaults());
        double k = 2;
        for (int row = 0; row < 2; row++) {
            for (int col = 0; col < 3; col++) {
                int expected = TestScenes.SMALL_COLORS[row * 3 + col];
                if (expected >>> 24 == 0) expected = TestScenes.BACKGROUND;
                // a quarter cell off centre, so the centred label text is not sampled
                int x = (int) ((TestScenes.PLOT_X + (col + 0.5) * TestScenes.CELL_W) * k);
                int y = (int) ((TestScenes.PLOT_Y + (row + 0.25) * TestScenes.CELL_H) * k);
                assertColor(expected, img.getRGB(x, y), "cell " + col + "," + row);
            }
        }
    }

    @Test
    void render_keeps_cell_edges_crisp_so_pixels_next_to_a_boundary_are_unblended() throws IOException {
        BufferedImage img = png(TestScenes.small(), RenderOptions.defaults());
        int boundary = (int) ((TestScenes.PLOT_X + TestScenes.CELL_W) * 2);
        int y = (int) ((TestScenes.PLOT_Y + 10) * 2);
        assertColor(TestScenes.SMALL_COLORS[0], img.getRGB(boundary - 1, y), "left of the edge");
        assertColor(TestScenes.SMALL_COLORS[1], img.getRGB(boundary, y), "right of the edge");
    }

    @Test
    void render_draws_a_large_grid_from_its_raster_with_exact_cell_colors() throws IOException {
        double cell = 2, k = 2;
        BufferedImage img = png(TestScenes.large(300, 300, cell), RenderOptions.defaults());
        for (int[] c : new int[][] {{0, 0}, {299, 0}, {123, 45}, {150, 299}, {299, 299}}) {
            int x = (int) ((10 + (c[0] + 0.5) * cell) * k), y = (int) ((10 + (c[1] + 0.5) * cell) * k);
            assertColor(TestScenes.largeColor(c[0], c[1]), img.getRGB(x, y), "cell " + c[0] + "," + c[1]);
        }
    }

    @Test
    void render_draws_uneven_bands_in_image_mode_at_their_true_positions() throws IOException {
        Scene s = TestScenes.gridScene(new double[] {0, 10, 60, 70}, new double[] {0, 30, 40}, 10, 10);
        BufferedImage img = png(s, RenderOptions.defaults().withMaxCellRects(0));
        double[][] centres = {{5, 15, 0, 0}, {35, 15, 1, 0}, {65, 35, 2, 1}, {35, 35, 1, 1}};
        for (double[] c : centres)
            assertColor(TestScenes.largeColor((int) c[2], (int) c[3]),
                    img.getRGB((int) ((10 + c[0]) * 2), (int) ((10 + c[1]) * 2)), "cell " + c[2] + "," + c[3]);
    }

    @Test
    void render_draws_an_image_too_large_for_viewers_at_the_largest_scale_that_fits() throws IOException {
        // 20,020 × 40 px: over the limit even at 1×, where it used to fail.
        Scene s = TestScenes.gridScene(new double[] {0, 10_000, 20_000}, new double[] {0, 20}, 10, 10);
        BufferedImage img = png(s, RenderOptions.defaults().withPngScale(4));
        double scale = (double) dev.hmspec.scene.Raster.MAX_SIDE / Math.max(s.width(), s.height());
        assertEquals(Math.round(s.width() * scale), img.getWidth());
        assertEquals(Math.round(s.height() * scale), img.getHeight());
        assertEquals(dev.hmspec.scene.Raster.MAX_SIDE, img.getWidth());
        assertColor(TestScenes.largeColor(1, 0), img.getRGB(img.getWidth() * 3 / 4, img.getHeight() / 2), "second cell, scaled");
    }
}
