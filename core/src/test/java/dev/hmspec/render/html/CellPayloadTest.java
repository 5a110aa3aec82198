package dev.hmspec.render.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.RuntimeInfo;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cell block's deflate and filter are lossless, and used only when they pay. */
class CellPayloadTest {

    /** What cells.js's unfilter does, in Java: planes back to integers, plus the neighbours' mean. */
    static int[] unfilter(byte[] block, int offset, int n, int width, int columns) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int r = 0;
            for (int k = width - 1; k >= 0; k--) r = r << 8 | block[offset + k * n + i] & 0xFF;
            int c = i % columns, left = c > 0 ? out[i - 1] : 0, up = i >= columns ? out[i - columns] : 0;
            int v = r + (c > 0 && i >= columns ? (left + up) >> 1 : c > 0 ? left : up);
            out[i] = width == 2 ? (short) v : v; // an Int16Array store wraps the same way
        }
        return out;
    }

    @Test
    void the_filter_is_undone_exactly_for_int16_and_int32_including_extremes() {
        Random rnd = new Random(3);
        for (int width : new int[] {2, 4}) {
            for (int columns : new int[] {1, 2, 7, 64}) {
                int n = columns * 9 + (columns > 1 ? 0 : 5);
                int[] v = new int[n];
                for (int i = 0; i < n; i++) {
                    int x = switch (i % 5) {
                        case 0 -> width == 2 ? Short.MIN_VALUE : Integer.MIN_VALUE;
                        case 1 -> width == 2 ? Short.MAX_VALUE : Integer.MAX_VALUE;
                        default -> rnd.nextInt();
                    };
                    v[i] = width == 2 ? (short) x : x;
                }
                ByteBuffer b = ByteBuffer.allocate(8 + n * width).order(ByteOrder.LITTLE_ENDIAN);
                b.position(8);
                for (int x : v) { if (width == 2) b.putShort((short) x); else b.putInt(x); }
                byte[] block = b.array();
                CellPayload.filter(block, 8, n, width, columns);
                assertArrayEquals(v, unfilter(block, 8, n, width, columns), "width " + width + ", columns " + columns);
            }
        }
    }

    static CellGrid grid(int n, java.util.function.IntToDoubleFunction value) {
        double[] edges = new double[n + 1];
        for (int i = 0; i <= n; i++) edges[i] = i;
        double[] values = new double[n * n];
        int[] colors = new int[n * n];
        for (int i = 0; i < n * n; i++) { values[i] = value.applyAsDouble(i); colors[i] = 0xFF000000; }
        List<String> keys = java.util.stream.IntStream.range(0, n).mapToObj(Integer::toString).toList();
        return new CellGrid(0, 0, n, n, edges, edges, colors, values, null, null, 0, keys, keys, null);
    }

    static RuntimeInfo.ColorKey key() {
        double[] thresholds = new double[255];
        int[] lut = new int[256];
        for (int k = 0; k < 255; k++) thresholds[k] = k;
        for (int k = 0; k < 256; k++) lut[k] = 0xFF000000 | k;
        return new RuntimeInfo.ColorKey(thresholds, lut, 0xFFEEEEEE, new double[] {0, 255}, 0, 0, 10, 100);
    }

    @Test
    void a_smooth_grid_travels_filtered_and_deflated_and_decodes_to_the_same_values() {
        int n = 200;
        for (double scale : new double[] {1, 1000}) { // int16, then int32 codes
            CellGrid g = grid(n, i -> Math.round(scale * (100 * Math.sin(i % n / 20.0) + i / n)) / 10.0);
            CellPayload.Encoded e = CellPayload.encode(g, key());
            assertTrue(e.deflated());
            assertEquals("avg-planes", e.descriptor().get("filter"));
            byte[] block = HtmlRendererTest.inflate(Base85.decode(e.text()));
            Map<?, ?> s = (Map<?, ?>) e.descriptor().get("values");
            int width = "i16".equals(s.get("type")) ? 2 : 4;
            assertEquals(scale == 1 ? 2 : 4, width);
            int[] codes = unfilter(block, (Integer) s.get("offset"), n * n, width, n);
            double divisor = (Double) e.descriptor().get("divisor");
            for (int i = 0; i < n * n; i++) assertEquals(g.values()[i], codes[i] / divisor, 0.0, "cell " + i);
            assertTrue(e.text().length() < n * n * width / 4, "compresses well: " + e.text().length());
        }
    }

    @Test
    void a_block_over_a_megabyte_is_filtered_in_place_deflated_once_and_decodes_to_the_same_values() {
        int n = 600; // 360,000 int32 values: 1.44 MB
        CellGrid g = grid(n, i -> Math.round(1000 * (100 * Math.sin(i % n / 20.0) + i / n)) / 10.0);
        double[] before = g.values().clone();
        CellPayload.Encoded e = CellPayload.encode(g, key());
        assertTrue(e.deflated());
        assertEquals("avg-planes", e.descriptor().get("filter"));
        byte[] block = HtmlRendererTest.inflate(Base85.decode(e.text()));
        Map<?, ?> s = (Map<?, ?>) e.descriptor().get("values");
        assertEquals("i32", s.get("type"));
        int[] codes = unfilter(block, (Integer) s.get("offset"), n * n, 4, n);
        double divisor = (Double) e.descriptor().get("divisor");
        for (int i = 0; i < n * n; i++) assertEquals(before[i], codes[i] / divisor, 0.0, "cell " + i);
        assertArrayEquals(before, g.values(), "the grid itself is untouched");
    }

    @Test
    void decimals_finds_the_fewest_places_in_one_pass() {
        assertEquals(0, CellPayload.decimals(new double[] {1, 2, Double.NaN, -7}));
        assertEquals(3, CellPayload.decimals(new double[] {1, 0.5, 0.125, 2.25}));
        assertEquals(-1, CellPayload.decimals(new double[] {1, Double.POSITIVE_INFINITY}));
        assertEquals(-1, CellPayload.decimals(new double[] {Math.PI}));
        assertEquals(-1, CellPayload.decimals(new double[] {3e9}));
    }

    @Test
    void noise_and_small_blocks_travel_as_they_are() {
        Random rnd = new Random(5);
        double[] noise = new double[300 * 300];
        for (int i = 0; i < noise.length; i++) noise[i] = rnd.nextInt(60_000) - 30_000;
        CellPayload.Encoded e = CellPayload.encode(grid(300, i -> noise[i]), key());
        assertFalse(e.deflated(), "uniform int16 noise does not deflate by 10 %");
        assertFalse(e.descriptor().containsKey("filter"));
        CellPayload.Encoded small = CellPayload.encode(grid(4, i -> i), null); // a palette block of a few dozen bytes
        assertFalse(small.deflated());
    }
}
