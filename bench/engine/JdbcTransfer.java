/** How fast rows cross DuckDB JDBC: numbers only vs strings (getString). java -cp duckdb_jdbc.jar JdbcTransfer.java LONG.csv (x,y,value). */
import java.sql.*;
public class JdbcTransfer { public static void main(String[] a) throws Exception {
  try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
    for (int k = 0; k < 2; k++) {
    long t0=System.nanoTime();
    try (PreparedStatement ps = c.prepareStatement("select x, y, TRY_CAST(value AS DOUBLE) from read_csv(?, header = true, all_varchar = true, delim = ?, quote = '\"', escape = '\"')")) {
      ps.setObject(1, a[0]); ps.setObject(2, ",");
      try (ResultSet r = ps.executeQuery()) { int n=0; while (r.next()) { r.getString(1); r.getString(2); r.getDouble(3); n++; } System.out.println(n); }
    }
    System.out.printf("prepared+getString %.0f ms%n", (System.nanoTime()-t0)/1e6);
    t0=System.nanoTime();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select TRY_CAST(value AS DOUBLE) from read_csv('" + a[0] + "', header = true, all_varchar = true)")) { while (r.next()) { r.getDouble(1);} }
    System.out.printf("literal numbers only %.0f ms%n", (System.nanoTime()-t0)/1e6);
    t0=System.nanoTime();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select x, y, TRY_CAST(value AS DOUBLE) from read_csv('" + a[0] + "', header = true, all_varchar = true)")) { while (r.next()) { r.getString(1); r.getString(2); r.getDouble(3);} }
    System.out.printf("literal getString %.0f ms%n", (System.nanoTime()-t0)/1e6);
    }
  }}}
