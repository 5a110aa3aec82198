package dev.hmspec.tiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Pyramid} in one pass over a {@link MatrixSource}, top row to bottom. Each
 * level holds one pending row of block sums (fed by two rows of the level below) and, until
 * they are written as tiles, at most {@link #TILE} finished rows: memory is a few tile rows per
 * level, never the grid. The whole-matrix min, max and count come out of the same pass, so the
 * color scale is trained on every cell, not on a level.
 */
public final class PyramidBuilder {
    /** Tiles are TILE × TILE blocks of their level. */
    public static final int TILE = 256;
    /** The embedded level is the finest with at most this many blocks: 4 float32 planes = 1.5 MB, 2 MB as base64. */
    public static final int EMBED_CELLS = 98_304;
    /** Levels of at most this many blocks keep their means in memory (16 MB) for SVG and PNG. */
    public static final long KEEP_CELLS = 1L << 22;

    private final MatrixSource source;
    private final String id;
    private final Path dir;
    private final int embedded;
    private final boolean float64;
    private final List<LevelState> states = new ArrayList<>();
    private double min = Double.NaN, max = Double.NaN;
    private long present;

    private PyramidBuilder(MatrixSource source, String id, Path dir) {
        this.source = source;
        this.id = id;
        this.dir = dir;
        this.embedded = embeddedLevel(source.columns(), source.rows());
        this.float64 = !source.exactInFloat32();
        for (int k = 0; k <= embedded; k++) states.add(new LevelState(k));
    }

    /**
     * Reads every row of {@code source} once, writing tiles under {@code tileDirectory}; with a null
     * directory no tile is written and no strip is held (static outputs: only kept levels and the
     * embedded one are built).
     */
    public static Pyramid build(MatrixSource source, String id, Path tileDirectory) throws IOException {
        return new PyramidBuilder(source, id, tileDirectory).run();
    }

    /**
     * The pyramid a matrix of this shape would get, without reading a cell (for {@code check}): its
     * levels are sized, its embedded level is all missing, no tile is written.
     */
    public static Pyramid plan(int columns, int rows, String id, boolean float64) {
        int embedded = embeddedLevel(columns, rows);
        List<Pyramid.Level> levels = new ArrayList<>();
        for (int k = 0; k <= embedded; k++) {
            int c = (int) blocks(columns, k), r = (int) blocks(rows, k);
            levels.add(new Pyramid.Level(k, c, r, tiles(c), tiles(r)));
        }
        int n = levels.get(embedded).columns() * levels.get(embedded).rows();
        float[][] planes = new float[4][n];
        for (int i = 0; i < 3; i++) Arrays.fill(planes[i], Float.NaN);
        float[] means = planes[0].clone();
        return new Pyramid(id, columns, rows, TILE, levels, embedded, float64, Double.NaN, Double.NaN, 0, planes,
                Map.of(embedded, means), null);
    }

    /** The coarsest level needed: the first whose block count fits {@link #EMBED_CELLS}. */
    public static int embeddedLevel(long columns, long rows) {
        int k = 0;
        while (blocks(columns, k) * blocks(rows, k) > EMBED_CELLS) k++;
        return k;
    }

    /** Blocks of level k along an axis of n cells. */
    public static long blocks(long n, int k) { return (n + (1L << k) - 1) >> k; }

    private Pyramid run() throws IOException {
        int cols = source.columns();
        double[] row = new double[cols];
        for (int r = 0; r < source.rows(); r++) {
            source.readRow(row);
            for (double v : row) {
                if (v != v) continue;
                if (present++ == 0) { min = v; max = v; }
                else if (v < min) min = v;
                else if (v > max) max = v;
            }
            states.get(0).acceptCells(r, row);
        }
        List<Pyramid.Level> levels = new ArrayList<>();
        Map<Integer, float[]> means = new HashMap<>();
        for (LevelState s : states) {
            levels.add(new Pyramid.Level(s.k, s.cols, s.rows, tiles(s.cols), tiles(s.rows)));
            if (s.kept != null) means.put(s.k, s.kept);
        }
        return new Pyramid(id, cols, source.rows(), TILE, levels, embedded, float64, min, max, present,
                states.get(embedded).whole, means, dir);
    }

    private static int tiles(int n) { return (n + TILE - 1) / TILE; }

    /** One level: the pending row it sums from the level below, its unwritten strip, its kept means. */
    private final class LevelState {
        final int k, cols, rows;
        // The level row being summed from the level below (levels ≥ 1).
        final double[] sum;
        final double[] lo, hi;
        final float[] count;
        // Finished rows not yet written as tiles (levels below the embedded one): planes of TILE rows.
        final double[] stripValues;
        final float[][] strip;
        int stripRows;
        final float[][] whole;   // the embedded level, whole
        final float[] kept;      // means, when the level is small enough

        LevelState(int k) {
            this.k = k;
            this.cols = (int) blocks(source.columns(), k);
            this.rows = (int) blocks(source.rows(), k);
            boolean hasBelow = k > 0;
            sum = hasBelow ? new double[cols] : null;
            lo = hasBelow ? new double[cols] : null;
            hi = hasBelow ? new double[cols] : null;
            count = hasBelow ? new float[cols] : null;
            if (hasBelow) resetSums();
            boolean tiled = k < embedded && dir != null;
            stripValues = tiled && k == 0 ? new double[TILE * cols] : null;
            strip = tiled && k > 0 ? new float[][] {new float[TILE * cols], new float[TILE * cols], new float[TILE * cols],
                    new float[TILE * cols]} : null;
            int n = cols * rows;
            whole = k == embedded ? new float[][] {new float[n], new float[n], new float[n], new float[n]} : null;
            kept = (long) cols * rows <= KEEP_CELLS ? new float[n] : null;
        }

        private void resetSums() {
            Arrays.fill(sum, 0);
            Arrays.fill(lo, Double.NaN);
            Arrays.fill(hi, Double.NaN);
            Arrays.fill(count, 0);
        }

        /** Level 0: row {@code r} of the matrix. */
        void acceptCells(int r, double[] v) throws IOException {
            if (stripValues != null) System.arraycopy(v, 0, stripValues, stripRows * cols, cols);
            if (whole != null) {
                for (int c = 0; c < cols; c++) {
                    boolean ok = v[c] == v[c];
                    int i = r * cols + c;
                    whole[0][i] = (float) v[c]; whole[1][i] = (float) v[c]; whole[2][i] = (float) v[c]; whole[3][i] = ok ? 1 : 0;
                }
            }
            if (kept != null) for (int c = 0; c < cols; c++) kept[r * cols + c] = (float) v[c];
            if (k < embedded) {
                LevelState up = states.get(k + 1);
                for (int c = 0; c < cols; c++) {
                    double x = v[c];
                    if (x != x) continue;
                    up.add(c >> 1, x, x, x, 1);
                }
                up.rowDone(r, rows);
            }
            finishStripRow(r);
        }

        void add(int c, double s, double l, double h, float n) {
            sum[c] += s;
            count[c] += n;
            if (!(lo[c] <= l)) lo[c] = l;
            if (!(hi[c] >= h)) hi[c] = h;
        }

        /** The level below finished its row {@code below} (of {@code belowRows}); every second one completes a row here. */
        void rowDone(int below, int belowRows) throws IOException {
            if ((below & 1) == 0 && below != belowRows - 1) return;
            int r = below >> 1;
            int base = stripRows * cols;
            LevelState up = k < embedded ? states.get(k + 1) : null;
            for (int c = 0; c < cols; c++) {
                float n = count[c];
                double mean = n > 0 ? sum[c] / n : Double.NaN;
                if (strip != null) {
                    strip[0][base + c] = (float) mean; strip[1][base + c] = (float) lo[c];
                    strip[2][base + c] = (float) hi[c]; strip[3][base + c] = n;
                }
                if (whole != null) {
                    int i = r * cols + c;
                    whole[0][i] = (float) mean; whole[1][i] = (float) lo[c]; whole[2][i] = (float) hi[c]; whole[3][i] = n;
                }
                if (kept != null) kept[r * cols + c] = (float) mean;
                if (up != null && n > 0) up.add(c >> 1, sum[c], lo[c], hi[c], n);
            }
            if (up != null) up.rowDone(r, rows);
            resetSums();
            finishStripRow(r);
        }

        /** Writes the strip's tiles once TILE rows (or the last row) are in. */
        private void finishStripRow(int r) throws IOException {
            if (k >= embedded || dir == null) return;
            stripRows++;
            if (stripRows < TILE && r != rows - 1) return;
            int ty = r / TILE, h = stripRows;
            for (int tx = 0; tx * TILE < cols; tx++) {
                int c0 = tx * TILE, w = Math.min(TILE, cols - c0);
                ByteBuffer b;
                if (k == 0) {
                    b = TileWriter.buffer(w * h * (float64 ? 8 : 4));
                    for (int y = 0; y < h; y++) {
                        int o = y * cols + c0;
                        if (float64) for (int x = 0; x < w; x++) b.putDouble(stripValues[o + x]);
                        else for (int x = 0; x < w; x++) b.putFloat((float) stripValues[o + x]);
                    }
                } else {
                    b = TileWriter.buffer(w * h * 16);
                    for (float[] plane : strip) {
                        for (int y = 0; y < h; y++) {
                            int o = y * cols + c0;
                            for (int x = 0; x < w; x++) b.putFloat(plane[o + x]);
                        }
                    }
                }
                b.flip();
                TileWriter.write(dir, id, k, tx, ty, b);
            }
            stripRows = 0;
        }
    }
}
