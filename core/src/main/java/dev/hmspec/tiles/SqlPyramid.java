package dev.hmspec.tiles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Pyramid levels of long data (x, y, value) pushed down to a database: each level is one
 * aggregate query grouped by block, {@code floor(x / 2^k), floor(y / 2^k)}, giving sum, min, max
 * and count, so only blocks cross into the JVM. A warehouse scans its table once for the finest
 * level asked for ({@link #materialize}); coarser levels group that level's blocks again
 * ({@link Blocks#from}), and a full-resolution region is one filtered query ({@link #region}).
 * Identifiers are quoted, numbers are bound parameters. Missing values are SQL NULLs (count
 * skips them); x and y are cell indexes 0 … n-1. Standard SQL: runs on DuckDB and PostgreSQL.
 *
 * @see PyramidBuilder the same levels from a matrix streamed in the JVM
 */
public final class SqlPyramid {
    private SqlPyramid() {}

    /** Where the cells are: a relation (a quoted table name or a parenthesized query) and its x, y, value columns. */
    public record Cells(String relation, String x, String y, String value) {
        /** A table by name (quoted here). */
        public static Cells table(String table, String x, String y, String value) { return new Cells(quote(table), x, y, value); }
    }

    /** A level's blocks, or a region of them: {@code columns × rows} planes of sum, min, max, count (row-major). */
    public record Blocks(int level, int x0, int y0, int columns, int rows, double[] sum, float[] min, float[] max, float[] count) {
        /** The means plane, as {@link PyramidBuilder} stores it (NaN where a block has no cell). */
        public float[] mean() {
            float[] m = new float[sum.length];
            for (int i = 0; i < m.length; i++) m[i] = count[i] > 0 ? (float) (sum[i] / count[i]) : Float.NaN;
            return m;
        }

        /** The four planes in the embedded level's layout: mean, min, max, count. */
        public float[][] planes() { return new float[][] {mean(), min, max, count}; }

        /** The level {@code up} steps coarser, grouped in the JVM (what {@link #materialize}d blocks give by SQL). */
        public static Blocks from(Blocks b, int up) {
            int f = 1 << up, cols = (b.columns + f - 1) / f, rows = (b.rows + f - 1) / f;
            Blocks out = empty(b.level + up, 0, 0, cols, rows);
            for (int y = 0; y < b.rows; y++) {
                for (int x = 0; x < b.columns; x++) {
                    int i = y * b.columns + x;
                    if (b.count[i] > 0) out.add((y / f) * cols + x / f, b.sum[i], b.min[i], b.max[i], b.count[i]);
                }
            }
            return out;
        }

        static Blocks empty(int level, int x0, int y0, int columns, int rows) {
            int n = Math.multiplyExact(columns, rows);
            float[] lo = new float[n], hi = new float[n];
            Arrays.fill(lo, Float.NaN);
            Arrays.fill(hi, Float.NaN);
            return new Blocks(level, x0, y0, columns, rows, new double[n], lo, hi, new float[n]);
        }

        void add(int i, double s, float lo, float hi, float n) {
            sum[i] += s;
            count[i] += n;
            if (!(min[i] <= lo)) min[i] = lo;
            if (!(max[i] >= hi)) max[i] = hi;
        }
    }

    /** Level {@code k} of a {@code columns × rows} matrix: one aggregate query over every cell. */
    public static Blocks level(Connection c, Cells cells, int k, int columns, int rows) throws SQLException {
        int bc = (int) PyramidBuilder.blocks(columns, k), br = (int) PyramidBuilder.blocks(rows, k);
        return region(c, cells, k, 0, 0, bc, br);
    }

    /**
     * Blocks {@code [x0, x0 + w) × [y0, y0 + h)} of level {@code k} (level 0: cells), by one query
     * filtered to the cells they cover: a tile on demand without reading the rest.
     */
    public static Blocks region(Connection c, Cells cells, int k, int x0, int y0, int w, int h) throws SQLException {
        long f = 1L << k;
        String x = quote(cells.x()), y = quote(cells.y()), v = quote(cells.value());
        String sql = "SELECT CAST(floor(" + x + " / ?) AS BIGINT) AS bx, CAST(floor(" + y + " / ?) AS BIGINT) AS by_, "
                + "sum(" + v + "), min(" + v + "), max(" + v + "), count(" + v + ") FROM " + cells.relation() + " AS cells"
                + " WHERE " + x + " >= ? AND " + x + " < ? AND " + y + " >= ? AND " + y + " < ? AND " + v + " IS NOT NULL"
                + " GROUP BY 1, 2";
        Blocks out = Blocks.empty(k, x0, y0, w, h);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setDouble(1, f);
            s.setDouble(2, f);
            s.setLong(3, x0 * f);
            s.setLong(4, (x0 + (long) w) * f);
            s.setLong(5, y0 * f);
            s.setLong(6, (y0 + (long) h) * f);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int i = (int) (r.getLong(2) - y0) * w + (int) (r.getLong(1) - x0);
                    out.add(i, r.getDouble(3), (float) r.getDouble(4), (float) r.getDouble(5), r.getLong(6));
                }
            }
        }
        return out;
    }

    /**
     * Level {@code k} stored as a table {@code target} (bx, by_, s, lo, hi, n): one scan of the
     * cells. Coarser levels are then {@link #levelFromBlocks} queries over it, which read blocks only.
     */
    public static void materialize(Connection c, Cells cells, int k, String target) throws SQLException {
        String x = quote(cells.x()), y = quote(cells.y()), v = quote(cells.value());
        String sql = "CREATE TABLE " + quote(target) + " AS SELECT CAST(floor(" + x + " / ?) AS BIGINT) AS bx, "
                + "CAST(floor(" + y + " / ?) AS BIGINT) AS by_, sum(" + v + ") AS s, min(" + v + ") AS lo, max(" + v + ") AS hi, "
                + "count(" + v + ") AS n FROM " + cells.relation() + " AS cells WHERE " + v + " IS NOT NULL GROUP BY 1, 2";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setDouble(1, 1L << k);
            s.setDouble(2, 1L << k);
            s.execute();
        }
    }

    /** Level {@code k + up} from the blocks of level k stored by {@link #materialize}. */
    public static Blocks levelFromBlocks(Connection c, String blocksTable, int k, int up, int columns, int rows)
            throws SQLException {
        int bc = (int) PyramidBuilder.blocks(columns, k + up), br = (int) PyramidBuilder.blocks(rows, k + up);
        String sql = "SELECT CAST(floor(bx / ?) AS BIGINT), CAST(floor(by_ / ?) AS BIGINT), sum(s), min(lo), max(hi), sum(n) FROM "
                + quote(blocksTable) + " GROUP BY 1, 2";
        Blocks out = Blocks.empty(k + up, 0, 0, bc, br);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setDouble(1, 1L << up);
            s.setDouble(2, 1L << up);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add((int) r.getLong(2) * bc + (int) r.getLong(1), r.getDouble(3), (float) r.getDouble(4),
                            (float) r.getDouble(5), r.getLong(6));
                }
            }
        }
        return out;
    }

    /** A SQL identifier in double quotes, inner quotes doubled (standard SQL; DuckDB and PostgreSQL). */
    public static String quote(String identifier) { return "\"" + identifier.replace("\"", "\"\"") + "\""; }

    /** Drops a table made by {@link #materialize}. */
    public static void drop(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + quote(table));
        }
    }
}
