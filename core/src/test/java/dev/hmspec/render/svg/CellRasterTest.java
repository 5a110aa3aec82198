package dev.hmspec.render.svg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.render.TestScenes;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Group;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class CellRasterTest {
    static CellGrid grid(double[] ce, double[] re) {
        return (CellGrid) ((Group) TestScenes.gridScene(ce, re, 0, 0).nodes().get(0)).children().get(0);
    }

    @Test
    void rasterize_uses_one_pixel_per_cell_for_uniform_bands() {
        BufferedImage img = CellRaster.rasterize(grid(new double[] {0, 2, 4, 6}, new double[] {0, 5, 10}));
        assertEquals(3, img.getWidth());
        assertEquals(2, img.getHeight());
        assertEquals(TestScenes.largeColor(2, 1), img.getRGB(2, 1));
    }

    @Test
    void rasterize_samples_uneven_bands_in_proportion_to_their_widths() {
        BufferedImage img = CellRaster.rasterize(grid(new double[] {0, 10, 40}, new double[] {0, 10}));
        assertEquals(80, img.getWidth(), "twice the grid's own width");
        assertEquals(TestScenes.largeColor(0, 0), img.getRGB(19, 5));
        assertEquals(TestScenes.largeColor(1, 0), img.getRGB(20, 5));
    }

    @Test
    void dataUri_caps_the_embedded_image_at_twice_the_drawn_size_when_cells_outnumber_pixels() throws Exception {
        // 3,000 × 40 cells drawn 300 × 40 units wide: 600 × 40 pixels carry what a viewer can show.
        double[] ce = new double[3001], re = new double[41];
        for (int i = 0; i <= 3000; i++) ce[i] = i * 0.1;
        for (int i = 0; i <= 40; i++) re[i] = i;
        CellGrid g = grid(ce, re);
        String uri = CellRaster.dataUri(g, 2);
        byte[] png = java.util.Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()));
        BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertEquals(600, img.getWidth());
        assertEquals(40, img.getHeight(), "rows fit: one pixel per row");
        // Pixel x samples the cell under its centre: (x + 0.5) * 3000 / 600 = cell 5x + 2.
        assertEquals(TestScenes.largeColor(5 * 7 + 2, 3), img.getRGB(7, 3));
    }

    @Test
    void sampleBands_maps_descending_edges_from_the_far_end() {
        assertArrayEquals(new int[] {1, 1, 0, 0}, CellRaster.sampleBands(new double[] {4, 2, 0}, 4));
        assertArrayEquals(new int[] {0, 0, 1, 1}, CellRaster.sampleBands(new double[] {0, 2, 4}, 4));
    }

    @Test
    void isUniform_accepts_rounding_noise_and_rejects_uneven_or_reversed_bands() {
        assertTrue(CellRaster.isUniform(new double[] {0, 0.1, 0.2, 0.30000000000000004}));
        assertFalse(CellRaster.isUniform(new double[] {0, 1, 3}));
        assertFalse(CellRaster.isUniform(new double[] {2, 1, 0}));
    }
}
