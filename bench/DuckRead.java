import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The "DuckDB alone" baseline of bench/big-grids.sh: DuckDB reads the CSV into an in-memory
 * table, then (wide files) unpivots it to long form, the shape hmspec's grid starts from.
 *   java -cp duckdb_jdbc.jar bench/DuckRead.java FILE.csv wide|long
 * Prints "duckdb read=ms reshape=ms rows=N".
 */
public class DuckRead {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads = 2");
            s.execute("SET temp_directory = '" + System.getProperty("java.io.tmpdir") + "/hm-duck'");
            long t0 = System.nanoTime();
            s.execute("CREATE TABLE t AS SELECT * FROM read_csv('" + args[0].replace("'", "''") + "')");
            long t1 = System.nanoTime();
            String count = args[1].equals("wide")
                    ? "SELECT count(*) FROM (UNPIVOT t ON COLUMNS(* EXCLUDE (gene)) INTO NAME sample VALUE value)"
                    : "SELECT count(*) FROM t";
            long rows;
            try (ResultSet r = s.executeQuery(count)) { r.next(); rows = r.getLong(1); }
            long t2 = System.nanoTime();
            System.out.printf("duckdb read=%d reshape=%d rows=%d%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, rows);
        }
    }
}
