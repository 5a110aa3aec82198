package dev.hmspec.duckdb;

import dev.hmspec.ast.DataOption;
import dev.hmspec.ast.DataSource;
import dev.hmspec.data.DataFormat;
import dev.hmspec.data.DataPaths;
import dev.hmspec.data.FieldType;
import dev.hmspec.data.FieldTypes;
import dev.hmspec.data.MatrixTables;
import dev.hmspec.data.Result;
import dev.hmspec.data.Table;
import dev.hmspec.data.Temporals;
import dev.hmspec.engine.EngineMessages;
import dev.hmspec.engine.JdbcEngine;
import dev.hmspec.engine.SqlRunner;
import dev.hmspec.engine.SqlSources;
import dev.hmspec.plan.Plan;
import dev.hmspec.sql.Dialect;
import dev.hmspec.sql.Relation;
import dev.hmspec.sql.SqlColumn;
import dev.hmspec.transform.Engine;
import dev.hmspec.transform.InMemoryEngine;
import dev.hmspec.transform.Trace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DuckDB embedded: the default engine for CSV, TSV and Parquet files (and Parquet globs) and for
 * {@code data sql "jdbc:duckdb:"} sources. Files are scanned in DuckDB, typed there with hmspec's
 * rules ({@link CsvTyping}), the longest expressible prefix of steps runs as SQL, and only the
 * result enters the JVM. JSON, matrix input and irregular CSV data go to the in-memory reader,
 * which is the reference for their diagnostics.
 */
public final class DuckDbEngine implements Engine {
    public String name() { return "duckdb"; }

    public boolean scans(Plan plan) {
        if (plan.source() instanceof DataSource.Sql s) return !s.named() && Dialect.forUrl(s.target().value()) == Dialect.DUCKDB;
        if (!(plan.source() instanceof DataSource.File f)) return false;
        if (plan.data().options().stream().anyMatch(o -> o instanceof DataOption.Matrix)) return false;
        Optional<DataFormat> format = format(plan, f);
        return format.isPresent() && format.get() != DataFormat.JSON;
    }

    private static Optional<DataFormat> format(Plan plan, DataSource.File f) {
        for (DataOption o : plan.data().options()) {
            if (o instanceof DataOption.Format fo) return DataFormat.parse(fo.format().text());
        }
        return DataFormat.fromPath(f.path());
    }

    /** Starts the embedded database ahead of the first query (see DuckDbDatabases#prewarm). */
    @Override public void prepare() { DuckDbDatabases.prewarm(); }

    public Result<Partial> run(Plan plan, Trace trace) {
        if (plan.source() instanceof DataSource.Sql s) return runSql(plan, s, trace);
        DataSource.File f = (DataSource.File) plan.source();
        DataFormat format = format(plan, f).orElseThrow();
        Result<Path> path = DataPaths.isGlob(f.path())
                ? DataPaths.resolveGlob(f.path(), plan.specDirectory(), plan.dataRoot(), f.span())
                : DataPaths.resolve(f.path(), plan.specDirectory(), plan.dataRoot(), f.span());
        if (!path.ok()) return Result.failed(path.problems());
        long t0 = System.nanoTime();
        if (format != DataFormat.PARQUET) {
            Optional<Result<Partial>> streamed = streamedMatrix(plan, trace);
            if (streamed.isPresent()) return streamed.get();
        }
        try (Connection c = DuckDbDatabases.connect(plan.dataRoot(), plan.specDirectory())) {
            Optional<Relation> base = format == DataFormat.PARQUET ? Optional.of(parquet(c, path.value().toString(), DataPaths.isGlob(f.path())))
                    : csv(c, path.value().toString(), format == DataFormat.TSV ? "\t" : ",", plan);
            if (base.isEmpty()) return fallback(plan, trace, "irregular data: the reference reader reports it");
            trace.add(new Trace.Entry(name(), "scan and type " + plan.dataName(), List.of(), base.get().sql(), base.get().params(),
                    System.nanoTime() - t0));
            boolean sort = format == DataFormat.PARQUET || ordered(plan);
            return new SqlRunner(name(), c, Dialect.DUCKDB, JdbcEngine.timeoutSeconds(), trace, sort).run(base.get(), plan, List.of());
        } catch (SQLException e) {
            if (format != DataFormat.PARQUET && !DataPaths.isGlob(f.path())) return fallback(plan, trace, "DuckDB: " + e.getMessage());
            return Result.failed(EngineMessages.readFailed(f.path(), firstLine(e.getMessage()), f.span()));
        }
    }

    /**
     * A wide CSV/TSV of numbers is streamed into one double[] ({@link MatrixTables}): DuckDB binds one
     * column per header field (49 s for 10,000 columns here) and its unpivot builds 10^7 strings. The
     * steps after it run in memory on the primitive columns (the reference semantics). Irregular files
     * go on to DuckDB's line split ({@link WideLines}). A CSV of numbers with no step to push down is
     * streamed too: DuckDB's typing scan, its query and the JDBC transfer cell by cell cost seconds
     * for the 4-million-row long file, where only the table itself has to cross.
     */
    private static Optional<Result<Partial>> streamedMatrix(Plan plan, Trace trace) {
        boolean wide = plan.data().options().stream().anyMatch(o -> o instanceof DataOption.Wide);
        if (!wide && !plan.steps().isEmpty()) return Optional.empty();
        long t0 = System.nanoTime();
        MatrixTables.Attempt a = MatrixTables.read(plan.data(), plan.specDirectory(), plan.dataRoot());
        if (a.table().isEmpty()) return Optional.empty();
        trace.add(new Trace.Entry("memory", "read " + plan.dataName() + " (" + a.note() + ")", List.of(), "", List.of(),
                System.nanoTime() - t0));
        Result<Table> t = a.table().get();
        return Optional.of(t.then(table -> InMemoryEngine.runSteps(table, plan.steps(), plan.dataName(), trace))
                .then(r -> Result.ok(new Partial(r, plan.steps().size()))));
    }

    private Result<Partial> fallback(Plan plan, Trace trace, String why) {
        trace.add(new Trace.Entry(name(), "fallback to memory (" + firstLine(why) + ")", List.of(), "", List.of(), 0));
        return InMemoryEngine.INSTANCE.run(plan, trace);
    }

    private Result<Partial> runSql(Plan plan, DataSource.Sql s, Trace trace) {
        if (!s.target().value().equals("jdbc:duckdb:")) {
            return Result.failed(EngineMessages.cannotConnect(s.target().value(),
                    "a spec may open only the in-memory database \"jdbc:duckdb:\"; use a named connection for a database file",
                    s.target().span()));
        }
        try (Connection c = DuckDbDatabases.connect(plan.dataRoot(), plan.specDirectory())) {
            return JdbcEngine.runOn(c, Dialect.DUCKDB, s, plan, trace, null, name());
        } catch (SQLException e) {
            return Result.failed(EngineMessages.cannotConnect(s.target().value(), firstLine(e.getMessage()), s.target().span()));
        }
    }

    /**
     * One Parquet file keeps its row order through DuckDB's file_row_number, which scans in parallel
     * (ROW_NUMBER() OVER () serialises the scan); a glob numbers rows in scan order.
     */
    private static Relation parquet(Connection c, String path, boolean glob) throws SQLException {
        String query = "SELECT * FROM read_parquet(?)";
        List<SqlColumn> cols = new ArrayList<>();
        for (String[] nt : describe(c, query, List.of(path))) cols.add(new SqlColumn(nt[0], SqlSources.typeOf(Integer.parseInt(nt[1]))));
        Relation typed = glob ? SqlSources.typed(query, cols, Dialect.DUCKDB)
                : SqlSources.typed("SELECT * FROM read_parquet(?, file_row_number = true)", cols, Dialect.DUCKDB, "q.file_row_number");
        return new Relation(typed.sql(), List.of(path), typed.columns());
    }

    /** Column names and JDBC types of a query, without reading its rows. */
    private static List<String[]> describe(Connection c, String query, List<Object> params) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM (" + query + ") AS q LIMIT 0")) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                for (int i = 1; i <= md.getColumnCount(); i++) out.add(new String[] {md.getColumnLabel(i), String.valueOf(md.getColumnType(i))});
            }
        }
        return out;
    }

    private static Optional<Relation> csv(Connection c, String path, String delim, Plan plan) throws SQLException {
        DataOption.Wide wide = null;
        List<DataOption.TypeDecl> decls = new ArrayList<>();
        for (DataOption o : plan.data().options()) {
            if (o instanceof DataOption.Wide w) wide = w;
            if (o instanceof DataOption.Types t) decls.addAll(t.types());
        }
        List<Object> params = List.of(path, delim);
        List<String> names;
        String from, raw;
        if (wide != null) {
            Optional<WideLines.Shape> shape = WideLines.shape(c, path, delim, wide);
            if (shape.isEmpty()) return Optional.empty();
            params = List.of();
            from = shape.get().sql();
            names = shape.get().names();
            raw = "SELECT * FROM " + from;
        } else {
            String scan = "read_csv(?, header = true, all_varchar = true, delim = ?, quote = '\"', escape = '\"')";
            names = new ArrayList<>();
            for (String[] nt : describe(c, "SELECT * FROM " + scan, params)) names.add(nt[0]);
            if (renamedDuplicates(names)) return Optional.empty(); // the reader reports duplicate headers
            // Row numbers serialise DuckDB's scan: only an aggregate needs them (first-seen order of groups);
            // otherwise DuckDB keeps file order by itself (preserve_insertion_order) and the runner does not sort.
            String row = ordered(plan) ? "ROW_NUMBER() OVER ()" : "0";
            from = "(SELECT * FROM " + scan + ") AS src";
            raw = "SELECT *, " + row + " AS " + Relation.ROW + " FROM " + from;
            from = "(SELECT * FROM " + scan + ")";
        }
        Map<String, CsvTyping.Declared> declared = new HashMap<>();
        for (DataOption.TypeDecl d : decls) {
            Optional<FieldType> type = FieldTypes.parse(d.type().text());
            if (type.isEmpty() || !names.contains(d.field().text())) return Optional.empty();
            String pattern = d.pattern().orElse(null);
            if (pattern != null) {
                if (pattern.indexOf('%') < 0) return Optional.empty(); // java.time patterns: only the JVM parses them
                try { Temporals.formatter(pattern); } catch (IllegalArgumentException e) { return Optional.empty(); }
            }
            declared.put(d.field().text(), new CsvTyping.Declared(type.get(), pattern));
        }
        String scanOnly = wide != null ? "SELECT * EXCLUDE (" + Relation.ROW + ") FROM " + from : "SELECT * FROM " + from;
        return CsvTyping.type(c, scanOnly, raw, params, names, declared);
    }

    /** Whether results must be sorted by source row: some aggregate may be pushed down. */
    static boolean ordered(Plan plan) {
        return plan.steps().stream().anyMatch(s -> s instanceof dev.hmspec.ast.Transform.Aggregate);
    }

    /** DuckDB renames a repeated header "a" to "a_1"; the reference reader rejects it instead. */
    private static boolean renamedDuplicates(List<String> names) {
        Set<String> all = new HashSet<>(names);
        for (String n : names) {
            int u = n.lastIndexOf('_');
            if (u > 0 && n.substring(u + 1).matches("[0-9]+") && all.contains(n.substring(0, u))) return true;
        }
        return false;
    }

    static String firstLine(String m) {
        if (m == null) return "no message";
        String t = m.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
