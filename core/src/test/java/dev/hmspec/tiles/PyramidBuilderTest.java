package dev.hmspec.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PyramidBuilderTest {
    /** A matrix in memory, handed out row by row; rows read so far are counted. */
    static final class ArraySource implements MatrixSource {
        final double[][] m;
        final boolean f32;
        int next;

        ArraySource(double[][] m, boolean f32) { this.m = m; this.f32 = f32; }

        @Override public int rows() { return m.length; }
        @Override public int columns() { return m[0].length; }
        @Override public boolean exactInFloat32() { return f32; }
        @Override public void readRow(double[] row) { System.arraycopy(m[next++], 0, row, 0, row.length); }
        @Override public void close() {}
    }

    static double[][] matrix(int rows, int cols, long seed) {
        Random rnd = new Random(seed);
        double[][] m = new double[rows][cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) m[r][c] = rnd.nextInt(10) == 0 ? Double.NaN : (float) (rnd.nextGaussian() * 3 + r * 0.01);
        return m;
    }

    /** Brute force: mean, min, max, count of block (bc, br) at level k. */
    static double[] block(double[][] m, int k, int bc, int br) {
        double sum = 0, lo = Double.NaN, hi = Double.NaN;
        int n = 0, s = 1 << k;
        for (int r = br * s; r < Math.min(m.length, (br + 1) * s); r++)
            for (int c = bc * s; c < Math.min(m[0].length, (bc + 1) * s); c++) {
                double v = m[r][c];
                if (v != v) continue;
                sum += v; n++;
                lo = n == 1 ? v : Math.min(lo, v);
                hi = n == 1 ? v : Math.max(hi, v);
            }
        return new double[] {n == 0 ? Double.NaN : sum / n, lo, hi, n};
    }

    static float tol(double want) { return want != want ? 0f : (float) Math.max(1e-6, Math.abs(want) * 1e-6); }

    static ByteBuffer tile(Path dir, int k, int tx, int ty) throws IOException {
        String s = Files.readString(TileWriter.path(dir, k, tx, ty), StandardCharsets.US_ASCII);
        assertTrue(s.startsWith("hmTile(\"t1\"," + k + "," + tx + "," + ty + ",\""), s.substring(0, 40));
        String b64 = s.substring(s.lastIndexOf(",\"") + 2, s.lastIndexOf("\")"));
        return ByteBuffer.wrap(Base64.getDecoder().decode(b64)).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void build_makes_levels_of_2x2_blocks_with_nan_aware_mean_min_max_count(@TempDir Path dir) throws IOException {
        double[][] m = matrix(700, 600, 7);
        Pyramid p = PyramidBuilder.build(new ArraySource(m, true), "t1", dir);
        assertEquals(2, p.embeddedLevel(), "700 x 600 needs two halvings to fit the embedded budget");
        assertEquals(3, p.levels().size());
        assertEquals(new Pyramid.Level(1, 300, 350, 2, 2), p.level(1));
        // The embedded level, every block, against brute force.
        Pyramid.Level e = p.level(2);
        for (int r = 0; r < e.rows(); r++)
            for (int c = 0; c < e.columns(); c++) {
                double[] want = block(m, 2, c, r);
                int i = r * e.columns() + c;
                for (int plane = 0; plane < 4; plane++)
                    assertEquals((float) want[plane], p.embedded()[plane][i], tol(want[plane]), "plane " + plane + " at " + c + "," + r);
            }
        // Whole-matrix statistics from the same pass.
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        long n = 0;
        for (double[] row : m) for (double v : row) if (v == v) { lo = Math.min(lo, v); hi = Math.max(hi, v); n++; }
        assertEquals(lo, p.min());
        assertEquals(hi, p.max());
        assertEquals(n, p.present());
        assertTrue(p.anyMissing());
    }

    @Test
    void tiles_hold_their_blocks_planes_including_the_partial_edge_tiles(@TempDir Path dir) throws IOException {
        double[][] m = matrix(700, 600, 11);
        PyramidBuilder.build(new ArraySource(m, true), "t1", dir);
        // Level 0, tile (2, 2): columns 512..599, rows 512..699 (an edge tile, 88 x 188).
        ByteBuffer b = tile(dir, 0, 2, 2);
        assertEquals(88 * 188 * 4, b.remaining());
        for (int y = 0; y < 188; y++)
            for (int x = 0; x < 88; x++) assertEquals((float) m[512 + y][512 + x], b.getFloat(), 0.0);
        // Level 1, tile (1, 0): blocks 256..299 x 0..255, four planes.
        b = tile(dir, 1, 1, 0);
        int w = 44, h = 256;
        assertEquals(w * h * 16, b.remaining());
        for (int plane = 0; plane < 4; plane++)
            for (int y = 0; y < h; y++)
                for (int x = 0; x < w; x++) {
                    double want = block(m, 1, 256 + x, y)[plane];
                    assertEquals((float) want, b.getFloat(), tol(want));
                }
        assertTrue(Files.notExists(dir.resolve("L2")), "the embedded level is not written as tiles");
        try (var files = Files.list(dir.resolve("L0"))) { assertEquals(9, files.count()); }
    }

    @Test
    void full_resolution_tiles_carry_float64_when_the_source_is_not_exact_in_float32(@TempDir Path dir) throws IOException {
        double[][] m = new double[600][300];
        for (int r = 0; r < 600; r++) for (int c = 0; c < 300; c++) m[r][c] = r * 1000.0 + c + 0.1;
        Pyramid p = PyramidBuilder.build(new ArraySource(m, false), "t1", dir);
        assertTrue(p.level0Float64());
        ByteBuffer b = tile(dir, 0, 1, 1);
        assertEquals(44 * 256 * 8, b.remaining());
        assertEquals(256 * 1000.0 + 256 + 0.1, b.getDouble());
    }

    @Test
    void kept_levels_hold_means_for_static_outputs_and_levelFor_picks_the_finest_needed(@TempDir Path dir) throws IOException {
        double[][] m = matrix(700, 600, 3);
        Pyramid p = PyramidBuilder.build(new ArraySource(m, true), "t1", dir);
        assertEquals(0, p.levelFor(500, 500));
        assertEquals(1, p.levelFor(300, 300));
        assertEquals(2, p.levelFor(10, 10));
        assertArrayEquals(new float[] {(float) block(m, 1, 0, 0)[0]}, new float[] {p.means().get(1)[0]}, 1e-6f);
    }

    @Test
    void embeddedLevel_is_the_first_level_that_fits_the_page_budget() {
        assertEquals(0, PyramidBuilder.embeddedLevel(300, 300));
        assertEquals(5, PyramidBuilder.embeddedLevel(10_000, 10_000));
        assertEquals(9, PyramidBuilder.embeddedLevel(100_000, 100_000));
    }
}
