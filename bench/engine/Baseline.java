import java.sql.*;
import java.util.*;

/** DuckDB alone (same JDBC driver, same settings as hmspec's): the bare queries, warm, median of N. */
public class Baseline {
    public static void main(String[] a) throws Exception {
        String file = a[0];
        int runs = Integer.parseInt(a[1]);
        String[] queries = {
            "SELECT isodow(date) AS d, hour(date) AS h, avg(delay), count(*) FROM read_parquet('" + file + "') GROUP BY 1, 2",
            "SELECT floor(distance / 200) AS x, floor(delay / 10) AS y, count(*) FROM read_parquet('" + file + "')"
                + " WHERE delay BETWEEN -60 AND 180 GROUP BY 1, 2"};
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads = " + Runtime.getRuntime().availableProcessors());
            for (String q : queries) {
                double[] ms = new double[runs];
                for (int i = 0; i < runs + 1; i++) {
                    long t0 = System.nanoTime();
                    try (ResultSet r = s.executeQuery(q)) { while (r.next()) { r.getDouble(3); } }
                    if (i > 0) ms[i - 1] = (System.nanoTime() - t0) / 1e6; // first run warms up
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "baseline duckdb-alone %-12s median %.1f ms%n", q.contains("avg") ? "by-hour" : "histogram", ms[runs / 2]);
            }
        }
    }
}
