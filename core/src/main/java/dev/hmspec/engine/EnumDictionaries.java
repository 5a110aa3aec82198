package dev.hmspec.engine;

import dev.hmspec.data.FieldType;
import dev.hmspec.sql.Dialect;
import dev.hmspec.sql.Relation;
import dev.hmspec.sql.SqlColumn;
import dev.hmspec.transform.Trace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Text columns of a DuckDB result as integer codes plus a dictionary fetched once. Crossing the
 * JDBC driver costs per string (200,000 rows: 251 ms for the numbers alone, 2,244 ms with their
 * strings; bench/engine/JdbcTransfer.java), so each text column becomes a DuckDB ENUM made from its
 * distinct values (gathered for all text columns in one scan), and the result carries {@code enum_code(...)}, read with getInt. Only on a
 * writable auto-commit connection (a failed CREATE TYPE would abort an open transaction); when any
 * statement fails the caller reads the strings as before.
 */
final class EnumDictionaries {
    private static final AtomicLong NEXT = new AtomicLong();

    /** Column i's code expression, or null to read it as text. */
    final String[] codeRefs;
    /** Column i's dictionary (code → the one instance of that string), or null. */
    final String[][] dicts;
    /** The result's row count, counted in the same scan: the reader allocates once instead of doubling. */
    int rows;
    private final List<String> types = new ArrayList<>();

    private EnumDictionaries(int n) {
        codeRefs = new String[n];
        dicts = new String[n][];
    }

    static boolean usable(Connection c, Dialect d, List<SqlColumn> columns) throws SQLException {
        return d == Dialect.DUCKDB && c.getAutoCommit() && !c.isReadOnly()
                && columns.stream().anyMatch(col -> col.type() == FieldType.STRING);
    }

    /**
     * Gathers the distinct values of every text column of {@code last} in one scan (the wide unpivot
     * or the CSV scan runs once, however many text columns), then makes one ENUM per column from them.
     */
    static EnumDictionaries make(SqlRunner runner, Connection c, Relation last, String engine, Trace trace)
            throws SQLException {
        List<SqlColumn> cols = last.columns();
        EnumDictionaries out = new EnumDictionaries(cols.size());
        StringBuilder lists = new StringBuilder();
        List<Integer> text = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).type() != FieldType.STRING) continue;
            String x = "t." + Dialect.DUCKDB.quote(cols.get(i).name());
            lists.append(text.isEmpty() ? "" : ", ").append("list(DISTINCT ").append(x).append(") FILTER (WHERE ")
                    .append(x).append(" IS NOT NULL)");
            text.add(i);
        }
        String distinct = "SELECT COUNT(*), " + lists + " FROM (" + last.sql() + ") AS t";
        long t0 = System.nanoTime();
        try (PreparedStatement ps = runner.prepare(distinct, last.params()); ResultSet rs = ps.executeQuery()) {
            rs.next();
            out.rows = (int) Math.min(Integer.MAX_VALUE - 8, rs.getLong(1));
            for (int k = 0; k < text.size(); k++) {
                int i = text.get(k);
                java.sql.Array values = rs.getArray(k + 2);
                if (values == null) { out.drop(c); return null; } // no value at all (or no rows): read as text
                String type = Dialect.DUCKDB.quote("hm_dict_" + NEXT.incrementAndGet());
                try (PreparedStatement create = runner.prepare("CREATE TYPE " + type
                        + " AS ENUM (SELECT unnest(CAST(? AS VARCHAR[])))", List.of())) {
                    create.setArray(1, values);
                    create.execute();
                }
                out.types.add(type);
                out.dicts[i] = range(runner, type);
                out.codeRefs[i] = "enum_code(CAST(t." + Dialect.DUCKDB.quote(cols.get(i).name()) + " AS " + type + "))";
            }
        } catch (SQLException e) {
            out.drop(c);
            throw e;
        }
        List<String> sizes = new ArrayList<>();
        for (int i : text) sizes.add(cols.get(i).name() + " " + out.dicts[i].length);
        trace.add(new Trace.Entry(engine, "dictionaries (" + String.join(", ", sizes) + " values)", List.of(), distinct,
                last.params(), System.nanoTime() - t0));
        return out;
    }

    /** The ENUM's values in code order, as DuckDB numbers them. */
    private static String[] range(SqlRunner runner, String type) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement ps = runner.prepare("SELECT unnest(enum_range(NULL::" + type + "))", List.of());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) values.add(rs.getString(1));
        }
        return values.toArray(new String[0]);
    }

    /** The types live in the connection's catalog; a named DuckDB database file must not keep them. */
    void drop(Connection c) {
        for (String t : types) {
            try (Statement st = c.createStatement()) { st.execute("DROP TYPE IF EXISTS " + t); } catch (SQLException e) {
                // Nothing to keep: the connection closes after the run.
            }
        }
        types.clear();
    }
}
