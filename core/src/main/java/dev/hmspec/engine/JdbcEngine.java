package dev.hmspec.engine;

import dev.hmspec.ast.DataSource;
import dev.hmspec.data.Problem;
import dev.hmspec.data.Result;
import dev.hmspec.plan.Plan;
import dev.hmspec.sql.Dialect;
import dev.hmspec.sql.Relation;
import dev.hmspec.transform.Engine;
import dev.hmspec.transform.Trace;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Any JDBC database for {@code data sql} sources: resolves the URL or named connection, connects
 * read-only, pushes the longest prefix of steps it can express in the URL's dialect, and turns
 * every failure into a positioned diagnostic with the database's own message (passwords removed).
 */
public final class JdbcEngine implements Engine {
    private final Connections connections;

    public JdbcEngine(Connections connections) { this.connections = connections; }

    public JdbcEngine() { this(Connections.fromEnvironment()); }

    public String name() { return "jdbc"; }

    public boolean scans(Plan plan) { return plan.source() instanceof DataSource.Sql; }

    /** Statement timeout in seconds: -Dhmspec.sql.timeout, default 300. */
    public static int timeoutSeconds() { return Integer.getInteger("hmspec.sql.timeout", 300); }

    /** The source's URL and credentials, or the problem that prevents them. */
    public static Result<Connections.Info> target(DataSource.Sql s, Connections connections) {
        if (!s.named()) return Result.ok(new Connections.Info(s.target().value(), null, null));
        try {
            Optional<Connections.Info> info = connections.resolve(s.target().value());
            if (info.isPresent()) return Result.ok(info.get());
            return Result.failed(EngineMessages.unknownConnection(s.target().value(), connections.names(),
                    String.valueOf(connections.file()), s.target().span()));
        } catch (IOException | IllegalArgumentException e) {
            return Result.failed(EngineMessages.badConnectionFile(String.valueOf(connections.file()), String.valueOf(e.getMessage()),
                    s.target().span()));
        }
    }

    public Result<Partial> run(Plan plan, Trace trace) {
        DataSource.Sql s = (DataSource.Sql) plan.source();
        Result<Connections.Info> target = target(s, connections);
        if (!target.ok()) return Result.failed(target.problems());
        Connections.Info info = target.value();
        Result<Connection> conn = connect(info, s, trace);
        if (!conn.ok()) return Result.failed(conn.problems());
        Dialect d = Dialect.forUrl(info.url());
        try (Connection c = conn.value()) {
            setUp(c, d);
            return runOn(c, d, s, plan, trace, info.password(), name());
        } catch (SQLException e) {
            return Result.failed(EngineMessages.cannotConnect(Secrets.redactUrl(info.url()), Secrets.redact(e.getMessage(), info.password()),
                    s.target().span()));
        }
    }

    /** Runs the plan on an open connection; shared with the DuckDB engine. */
    public static Result<Partial> runOn(Connection c, Dialect d, DataSource.Sql s, Plan plan, Trace trace, String password,
                                        String engine) {
        String query = SqlSources.query(s, d);
        String what = s.table() ? "table" : "query";
        try {
            Relation base = SqlSources.typed(c, query, d);
            return new SqlRunner(engine, c, d, timeoutSeconds(), trace).run(base, plan, List.<Problem>of());
        } catch (SQLTimeoutException e) {
            return Result.failed(EngineMessages.timedOut(timeoutSeconds(), s.relation().span()));
        } catch (SQLException e) {
            String reason = Secrets.redact(firstLine(e.getMessage()), password);
            if (s.table()) {
                List<String> tables = SqlSources.tableNames(c);
                String wanted = s.relation().value();
                String bare = wanted.substring(wanted.lastIndexOf('.') + 1);
                if (tables.stream().noneMatch(t -> t.equalsIgnoreCase(bare))) {
                    return Result.failed(EngineMessages.unknownTable(wanted, tables, s.relation().span()));
                }
            }
            return Result.failed(EngineMessages.queryFailed(what, reason, s.relation().span()));
        } finally {
            try { if (!c.getAutoCommit()) c.rollback(); } catch (SQLException e) { /* read-only: nothing to keep */ }
        }
    }

    static String firstLine(String m) {
        if (m == null) return "no message";
        String t = m.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    private static Result<Connection> connect(Connections.Info info, DataSource.Sql s, Trace trace) {
        String shown = Secrets.redactUrl(info.url());
        try {
            DriverManager.getDriver(info.url());
        } catch (SQLException e) {
            return Result.failed(EngineMessages.missingDriver(shown, Drivers.artifact(info.url()), s.target().span()));
        }
        Properties props = new Properties();
        if (info.user() != null) props.setProperty("user", info.user());
        if (info.password() != null) props.setProperty("password", info.password());
        long t0 = System.nanoTime();
        try {
            Connection c = DriverManager.getConnection(info.url(), props);
            trace.add(new Trace.Entry("jdbc", "connect " + shown, List.of(), "", List.of(), System.nanoTime() - t0));
            return Result.ok(c);
        } catch (SQLException e) {
            return Result.failed(EngineMessages.cannotConnect(shown, Secrets.redact(firstLine(e.getMessage()), info.password()),
                    s.target().span()));
        }
    }

    /** Read-only, in a transaction we roll back, instants in UTC as in memory. */
    private static void setUp(Connection c, Dialect d) throws SQLException {
        try {
            c.setAutoCommit(false);
            c.setReadOnly(true);
        } catch (SQLException e) {
            // Some drivers cannot: the statements we send only read anyway.
        }
        if (d == Dialect.POSTGRES) {
            try (Statement st = c.createStatement()) { st.execute("SET TIME ZONE 'UTC'"); }
        }
    }
}
