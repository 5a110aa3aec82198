package dev.hmspec.engine;

import dev.hmspec.ast.Transform;
import dev.hmspec.data.DataMessages;
import dev.hmspec.data.Problem;
import dev.hmspec.data.Result;
import dev.hmspec.data.Table;
import dev.hmspec.plan.Plan;
import dev.hmspec.sql.Dialect;
import dev.hmspec.sql.Relation;
import dev.hmspec.sql.ResultReader;
import dev.hmspec.sql.SqlColumn;
import dev.hmspec.sql.StepSql;
import dev.hmspec.transform.Engine;
import dev.hmspec.transform.Steps;
import dev.hmspec.transform.Trace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a plan over a base relation on one JDBC connection: translates the longest prefix of steps
 * to SQL, runs one query, reads the result into primitive columns. Every statement is prepared
 * with its parameters bound, runs under the statement timeout, and is traced.
 */
public final class SqlRunner {
    private final String engine;
    private final Connection conn;
    private final Dialect dialect;
    private final int timeoutSeconds;
    private final Trace trace;

    /** False when the base relation already yields source order and its row column is a constant (DuckDB scans). */
    private final boolean sortByRow;

    public SqlRunner(String engine, Connection conn, Dialect dialect, int timeoutSeconds, Trace trace) {
        this(engine, conn, dialect, timeoutSeconds, trace, true);
    }

    public SqlRunner(String engine, Connection conn, Dialect dialect, int timeoutSeconds, Trace trace, boolean sortByRow) {
        this.sortByRow = sortByRow;
        this.engine = engine;
        this.conn = conn;
        this.dialect = dialect;
        this.timeoutSeconds = timeoutSeconds;
        this.trace = trace;
    }

    public Result<Engine.Partial> run(Relation base, Plan plan, List<Problem> earlier) throws SQLException {
        StepSql steps = new StepSql(dialect, this::extent);
        List<Relation> after = new ArrayList<>(List.of(base));
        for (Transform step : plan.steps()) {
            Relation next = steps.translate(after.get(after.size() - 1), step);
            if (next == null) break;
            after.add(next);
        }
        int pushed = after.size() - 1;
        Relation last = after.get(pushed);
        boolean millis = dialect.epochMillis("x") != null;
        Table table = null;
        String sql = null;
        long t0 = System.nanoTime();
        if (EnumDictionaries.usable(conn, dialect, last.columns())) {
            EnumDictionaries enc = null;
            Materialized kept = null;
            try {
                // The result is computed once into a temporary table: the dictionary scan and the coded
                // read both come from it, instead of running the whole plan (a scan of the file) twice.
                kept = Materialized.of(this, conn, last, engine, trace);
                enc = EnumDictionaries.make(this, conn, kept.relation(), engine, trace);
                if (enc != null) {
                    t0 = System.nanoTime();
                    sql = select(kept.relation(), millis, enc.codeRefs);
                    try (PreparedStatement ps = prepare(sql, List.of()); ResultSet rs = ps.executeQuery()) {
                        table = ResultReader.read(rs, last.columns(), millis, enc.dicts, enc.rows);
                    }
                }
            } catch (SQLTimeoutException e) {
                throw e;
            } catch (SQLException e) {
                table = null; // the plain query below reports any real error
            } finally {
                if (enc != null) enc.drop(conn);
                if (kept != null) kept.drop(conn);
            }
        }
        if (table == null) {
            t0 = System.nanoTime();
            sql = select(last, millis, new String[last.columns().size()]);
            try (PreparedStatement ps = prepare(sql, last.params()); ResultSet rs = ps.executeQuery()) {
                table = ResultReader.read(rs, last.columns(), millis);
            }
        }
        trace.add(new Trace.Entry(engine, "query", Steps.names(plan.steps().subList(0, pushed)), sql, last.params(),
                System.nanoTime() - t0));
        List<Problem> problems = new ArrayList<>(earlier);
        if (table.rowCount() == 0) {
            Problem empty = whyEmpty(after, plan);
            if (empty != null && empty.isError()) { problems.add(empty); return Result.failed(problems); }
            if (empty != null) problems.add(empty);
        }
        return Result.of(new Engine.Partial(table, pushed), problems);
    }

    /** The final SELECT: every column of {@code last} (or its code, where {@code codes[i]} is set) in source order. */
    private String select(Relation last, boolean millis, String[] codes) {
        StringBuilder sel = new StringBuilder();
        List<SqlColumn> cols = last.columns();
        for (int i = 0; i < cols.size(); i++) {
            SqlColumn c = cols.get(i);
            String ref = "t." + dialect.quote(c.name());
            if (codes[i] != null) ref = codes[i];
            else if (c.type() == dev.hmspec.data.FieldType.TEMPORAL && millis) ref = dialect.epochMillis(ref);
            sel.append(sel.length() == 0 ? "" : ", ").append(ref).append(" AS ").append(dialect.quote(c.name()));
        }
        if (sel.length() == 0) sel.append("1 AS ").append(dialect.quote("_"));
        return "SELECT " + sel + " FROM (" + last.sql() + ") AS t" + (sortByRow ? " ORDER BY t." + Relation.ROW : "");
    }

    /** The in-memory engine's diagnostics for an empty result: no rows at all, or a filter that removed them all. */
    private Problem whyEmpty(List<Relation> after, Plan plan) throws SQLException {
        long before = count(after.get(0));
        if (before == 0) return DataMessages.noRows(plan.dataName(), plan.source().span());
        for (int k = 0; k + 1 < after.size(); k++) {
            if (!(plan.steps().get(k) instanceof Transform.Filter f)) continue;
            long kept = count(after.get(k + 1));
            if (kept == 0) return DataMessages.emptyAfterFilter(plan.dataName(), (int) count(after.get(k)), f.span());
        }
        return null;
    }

    private long count(Relation r) throws SQLException {
        String sql = "SELECT COUNT(*) FROM (" + r.sql() + ") AS t";
        long t0 = System.nanoTime();
        try (PreparedStatement ps = prepare(sql, r.params()); ResultSet rs = ps.executeQuery()) {
            rs.next();
            long n = rs.getLong(1);
            trace.add(new Trace.Entry(engine, "count", List.of(), sql, r.params(), System.nanoTime() - t0));
            return n;
        }
    }

    private Double[] extent(Relation r, String column) throws SQLException {
        String x = "t." + dialect.quote(column);
        String sql = "SELECT MIN(" + x + "), MAX(" + x + ") FROM (" + r.sql() + ") AS t";
        long t0 = System.nanoTime();
        try (PreparedStatement ps = prepare(sql, r.params()); ResultSet rs = ps.executeQuery()) {
            rs.next();
            double lo = rs.getDouble(1);
            Double min = rs.wasNull() ? null : lo;
            double hi = rs.getDouble(2);
            Double max = rs.wasNull() ? null : hi;
            trace.add(new Trace.Entry(engine, "bin extent", List.of("bin"), sql, r.params(), System.nanoTime() - t0));
            return new Double[] {min, max};
        }
    }

    public PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        try {
            if (timeoutSeconds > 0) ps.setQueryTimeout(timeoutSeconds);
        } catch (SQLException e) {
            // The driver cannot time statements out; the connection's own limits still apply.
        }
        for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
        return ps;
    }
}
