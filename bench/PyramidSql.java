import dev.hmspec.tiles.PyramidBuilder;
import dev.hmspec.tiles.SqlPyramid;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;

/**
 * Pyramid levels pushed down to DuckDB (issue 9, item 6 third bullet), run by bench/pyramid-sql.sh.
 * For each N: a virtual N × N table (a view over range() × range(), values a deterministic
 * expression of x and y, nothing stored), then what a page of it needs from SQL: the finest level
 * static outputs keep (≤ 4,194,304 blocks) materialized by one scan of every cell, each coarser
 * level up to the embedded one grouped from those blocks, and one full-resolution 256 × 256 tile
 * on demand (a filtered query; for N ≤ 5,000 also from a stored table sorted by (y, x)). Prints
 * milliseconds per step (median of RUNS) and per cell.
 * Args: runs N…
 */
public final class PyramidSql {
    static final String VALUE = "CASE WHEN (x * 7 + y * 13) % 31 = 0 THEN NULL ELSE sin(x * 0.001) * cos(y * 0.002) * 10 + (x + y) % 7 END";

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = c.createStatement()) {
                s.execute("SET threads = 2");
                s.execute("SET memory_limit = '1GB'");
                s.execute("SET temp_directory = '" + System.getProperty("java.io.tmpdir") + "/hmspec-pyramid-sql'");
            }
            for (int a = 1; a < args.length; a++) run(c, Integer.parseInt(args[a]), runs);
        }
    }

    static void run(Connection c, int n, int runs) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE VIEW cells AS SELECT x, y, CAST(" + VALUE + " AS DOUBLE) AS v FROM range(0, " + n
                    + ") t(x), range(0, " + n + ") u(y)");
        }
        SqlPyramid.Cells cells = SqlPyramid.Cells.table("cells", "x", "y", "v");
        int embedded = PyramidBuilder.embeddedLevel(n, n);
        int kept = 0;
        while (PyramidBuilder.blocks(n, kept) * PyramidBuilder.blocks(n, kept) > PyramidBuilder.KEEP_CELLS) kept++;
        double cellsCount = (double) n * n;
        System.out.printf(Locale.ROOT, "N = %,d (%.3g cells): levels 0 … %d embedded; static outputs keep level %d%n",
                n, cellsCount, embedded, kept);
        double[] scan = new double[runs];
        for (int r = 0; r < runs; r++) {
            SqlPyramid.drop(c, "kept");
            long t0 = System.nanoTime();
            SqlPyramid.materialize(c, cells, kept, "kept");
            scan[r] = ms(t0);
        }
        double scanMs = median(scan);
        System.out.printf(Locale.ROOT, "  level %d materialized (one scan of every cell): %,.0f ms = %.2f ns per cell%n",
                kept, scanMs, scanMs * 1e6 / cellsCount);
        double total = scanMs;
        for (int k = kept + 1; k <= embedded; k++) {
            double[] t = new double[runs];
            int blocks = 0;
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                SqlPyramid.Blocks b = SqlPyramid.levelFromBlocks(c, "kept", kept, k - kept, n, n);
                t[r] = ms(t0);
                blocks = b.columns() * b.rows();
            }
            total += median(t);
            System.out.printf(Locale.ROOT, "  level %d from level %d's blocks (%,d blocks): %,.0f ms%n", k, kept, blocks, median(t));
        }
        double[] tile = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            SqlPyramid.region(c, cells, 0, (n / 2) / 256, (n / 2) / 256, 256, 256);
            tile[r] = ms(t0);
        }
        System.out.printf(Locale.ROOT, "  top levels %d … %d total: %,.0f ms; one 256 x 256 full-resolution tile on demand: %,.0f ms%n",
                kept, embedded, total, median(tile));
        SqlPyramid.drop(c, "kept");
        if (n <= 5000) {
            // A stored table sorted by (y, x): DuckDB's row-group min/max let the tile query skip the rest.
            try (Statement s = c.createStatement()) {
                s.execute("CREATE OR REPLACE TABLE stored AS SELECT * FROM cells ORDER BY y, x");
            }
            SqlPyramid.Cells table = SqlPyramid.Cells.table("stored", "x", "y", "v");
            double[] t = new double[runs];
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                SqlPyramid.region(c, table, 0, (n / 2) / 256, (n / 2) / 256, 256, 256);
                t[r] = ms(t0);
            }
            System.out.printf(Locale.ROOT, "  the same tile from a stored table sorted by (y, x): %,.0f ms%n", median(t));
            SqlPyramid.drop(c, "stored");
        }
    }

    static double ms(long t0) { return (System.nanoTime() - t0) / 1e6; }

    static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
