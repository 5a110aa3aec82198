package dev.hmspec.duckdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hmspec.tiles.MatrixSource;
import dev.hmspec.tiles.Pyramid;
import dev.hmspec.tiles.PyramidBuilder;
import dev.hmspec.tiles.SqlPyramid;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential: pyramid levels aggregated by DuckDB (grouped by floor(x / 2^k), floor(y / 2^k))
 * equal the levels the streaming builder makes in the JVM, block for block. Values are quarters,
 * so every sum is exact in either order and the means are bit-equal.
 */
class SqlPyramidTest {
    // 530 columns × 300 rows: embedded level 1 (265 × 150 blocks), partial blocks on both edges.
    static final int COLS = 530, ROWS = 300;
    static final String VALUE = "CASE WHEN (x * 7 + y * 13) % 31 = 0 THEN NULL ELSE ((x * 37 + y * 91) % 1000) * 0.25 - 100 END";

    static double value(int x, int y) { return (x * 7 + y * 13) % 31 == 0 ? Double.NaN : ((x * 37 + y * 91) % 1000) * 0.25 - 100; }

    static final class Formula implements MatrixSource {
        int next;

        @Override public int rows() { return ROWS; }
        @Override public int columns() { return COLS; }
        @Override public boolean exactInFloat32() { return true; }
        @Override public void readRow(double[] row) {
            for (int x = 0; x < COLS; x++) row[x] = value(x, next);
            next++;
        }
        @Override public void close() {}
    }

    static Connection duck() throws Exception {
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"cell \"\"grid\"\"\" AS SELECT x, y, CAST(" + VALUE + " AS DOUBLE) AS \"v a\" "
                    + "FROM range(0, " + COLS + ") t(x), range(0, " + ROWS + ") u(y)");
        }
        return c;
    }

    @Test
    void every_level_aggregated_in_sql_equals_the_level_built_in_the_jvm(@TempDir Path dir) throws Exception {
        Pyramid java = PyramidBuilder.build(new Formula(), "t", dir);
        SqlPyramid.Cells cells = SqlPyramid.Cells.table("cell \"grid\"", "x", "y", "v a");
        try (Connection c = duck()) {
            for (int k = 0; k <= java.embeddedLevel(); k++) {
                SqlPyramid.Blocks b = SqlPyramid.level(c, cells, k, COLS, ROWS);
                assertEquals(java.level(k).columns(), b.columns());
                assertEquals(java.level(k).rows(), b.rows());
                if (java.means().containsKey(k)) assertArrayEquals(java.means().get(k), b.mean(), "means of level " + k);
            }
            float[][] top = SqlPyramid.level(c, cells, java.embeddedLevel(), COLS, ROWS).planes();
            for (int p = 0; p < 4; p++) assertArrayEquals(java.embedded()[p], top[p], "embedded plane " + p);
        }
    }

    @Test
    void coarser_levels_from_materialized_blocks_and_a_region_on_demand_equal_the_full_queries() throws Exception {
        SqlPyramid.Cells cells = SqlPyramid.Cells.table("cell \"grid\"", "x", "y", "v a");
        try (Connection c = duck()) {
            SqlPyramid.materialize(c, cells, 1, "level 1");
            SqlPyramid.Blocks fromBlocks = SqlPyramid.levelFromBlocks(c, "level 1", 1, 2, COLS, ROWS);
            SqlPyramid.Blocks full = SqlPyramid.level(c, cells, 3, COLS, ROWS);
            for (int p = 0; p < 4; p++) assertArrayEquals(full.planes()[p], fromBlocks.planes()[p], "level 3 plane " + p);
            SqlPyramid.Blocks inJvm = SqlPyramid.Blocks.from(SqlPyramid.level(c, cells, 1, COLS, ROWS), 2);
            for (int p = 0; p < 4; p++) assertArrayEquals(full.planes()[p], inJvm.planes()[p], "level 3 from level 1 in the JVM");
            // A 256 × 256 full-resolution tile at (256, 0): the last one on x is 18 cells wide.
            SqlPyramid.Blocks tile = SqlPyramid.region(c, cells, 0, 256, 0, 256, 256);
            for (int y = 0; y < 256; y++) {
                for (int x = 0; x < 256; x++) {
                    double want = 256 + x < COLS ? value(256 + x, y) : Double.NaN;
                    assertEquals((float) want, tile.mean()[y * 256 + x], "cell " + (256 + x) + ", " + y);
                }
            }
            SqlPyramid.drop(c, "level 1");
        }
    }
}
