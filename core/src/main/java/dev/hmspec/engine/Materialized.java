package dev.hmspec.engine;

import dev.hmspec.sql.Dialect;
import dev.hmspec.sql.Relation;
import dev.hmspec.transform.Trace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A query's result kept in a DuckDB temporary table, for reading it more than once (the text
 * dictionaries, then the coded rows) at the cost of one run of the plan. Temporary tables live in
 * the connection and are dropped after the read; only used where {@link EnumDictionaries} is
 * (DuckDB, writable, auto-commit).
 */
record Materialized(String table, Relation relation) {
    private static final AtomicLong NEXT = new AtomicLong();

    static Materialized of(SqlRunner runner, Connection c, Relation last, String engine, Trace trace) throws SQLException {
        String name = Dialect.DUCKDB.quote("hm_result_" + NEXT.incrementAndGet());
        String sql = "CREATE TEMPORARY TABLE " + name + " AS " + last.sql();
        long t0 = System.nanoTime();
        try (PreparedStatement ps = runner.prepare(sql, last.params())) {
            ps.execute();
        }
        trace.add(new Trace.Entry(engine, "result kept for two reads", List.of(), sql, last.params(), System.nanoTime() - t0));
        return new Materialized(name, new Relation("SELECT * FROM " + name, List.of(), last.columns()));
    }

    void drop(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + table);
        } catch (SQLException e) {
            // The connection's temporary tables go with it.
        }
    }
}
