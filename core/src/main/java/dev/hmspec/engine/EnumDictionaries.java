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
 * distinct values, and the result carries {@code enum_code(...)}, read with getInt. Only on a
 * writable auto-commit connection (a failed CREATE TYPE would abort an open transaction); when any
 * statement fails the caller reads the strings as before.
 */
final class EnumDictionaries {
    private static final AtomicLong NEXT = new AtomicLong();

    /** Column i's code expression, or null to read it as text. */
    final String[] codeRefs;
    /** Column i's dictionary (code → the one instance of that string), or null. */
    final String[][] dicts;
    private final List<String> types = new ArrayList<>();

    private EnumDictionaries(int n) {
        codeRefs = new String[n];
        dicts = new String[n][];
    }

    static boolean usable(Connection c, Dialect d, List<SqlColumn> columns) throws SQLException {
        return d == Dialect.DUCKDB && c.getAutoCommit() && !c.isReadOnly()
                && columns.stream().anyMatch(col -> col.type() == FieldType.STRING);
    }

    /** Makes one ENUM per text column of {@code last} (one DISTINCT scan each) and fetches its values. */
    static EnumDictionaries make(SqlRunner runner, Connection c, Relation last, String engine, Trace trace)
            throws SQLException {
        List<SqlColumn> cols = last.columns();
        EnumDictionaries out = new EnumDictionaries(cols.size());
        try {
            for (int i = 0; i < cols.size(); i++) {
                if (cols.get(i).type() != FieldType.STRING) continue;
                String type = Dialect.DUCKDB.quote("hm_dict_" + NEXT.incrementAndGet());
                String x = "t." + Dialect.DUCKDB.quote(cols.get(i).name());
                String create = "CREATE TYPE " + type + " AS ENUM (SELECT DISTINCT " + x + " FROM (" + last.sql()
                        + ") AS t WHERE " + x + " IS NOT NULL)";
                long t0 = System.nanoTime();
                try (PreparedStatement ps = runner.prepare(create, last.params())) { ps.execute(); }
                out.types.add(type);
                List<String> values = new ArrayList<>();
                try (PreparedStatement ps = runner.prepare("SELECT unnest(enum_range(NULL::" + type + "))", List.of());
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) values.add(rs.getString(1));
                }
                trace.add(new Trace.Entry(engine, "dictionary of " + cols.get(i).name() + " (" + values.size() + " values)",
                        List.of(), create, last.params(), System.nanoTime() - t0));
                out.dicts[i] = values.toArray(new String[0]);
                out.codeRefs[i] = "enum_code(CAST(" + x + " AS " + type + "))";
            }
            return out;
        } catch (SQLException e) {
            out.drop(c);
            throw e;
        }
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
