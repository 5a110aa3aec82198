package dev.hmspec.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.data.BooleanColumn;
import dev.hmspec.data.Column;
import dev.hmspec.data.NumberColumn;
import dev.hmspec.data.Result;
import dev.hmspec.data.StringColumn;
import dev.hmspec.data.Table;
import dev.hmspec.data.TemporalColumn;
import dev.hmspec.engine.Engines;
import dev.hmspec.plan.Plan;
import dev.hmspec.source.SourceFile;
import dev.hmspec.syntax.SpecParser;
import dev.hmspec.transform.Pipeline;
import dev.hmspec.transform.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated SQL is portable: each spec's data is loaded into a PostgreSQL table, the spec's
 * data line is replaced by {@code data sql "<url>" table "<t>"}, and the cells must equal the
 * in-memory reference. Needs HMSPEC_TEST_PG_URL (.ci/run starts a throwaway cluster and sets it);
 * skipped locally without it, a failure when HMSPEC_REQUIRE_PG is set (CI).
 */
class PostgresDifferentialTest {
    /** Larger sources (the 3M-row flights) are not copied row by row; DifferentialTest covers them on DuckDB. */
    static final int MAX_ROWS = 200_000;

    @TestFactory
    Stream<DynamicTest> postgresGivesTheSameCellsAsMemoryForEverySpec() throws Exception {
        String url = System.getenv("HMSPEC_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if (System.getenv("HMSPEC_REQUIRE_PG") != null) fail("HMSPEC_REQUIRE_PG is set but HMSPEC_TEST_PG_URL is not");
            Assumptions.abort("PostgreSQL differential tests skipped: no server configured (set HMSPEC_TEST_PG_URL, "
                    + "e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=hm; .ci/run starts one)");
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path spec : DifferentialTest.specs()) {
            tests.add(DynamicTest.dynamicTest(spec.getFileName().toString(), () -> check(url, spec)));
        }
        return tests.stream();
    }

    private static void check(String url, Path spec) throws Exception {
        String text = Files.readString(spec);
        SourceFile file = SourceFile.of(spec, spec.getFileName().toString(), text);
        List<View> views = SpecParser.parse(file).ast().views();
        String rewritten = text;
        for (int v = views.size() - 1; v >= 0; v--) { // from the end, so earlier offsets stay valid
            Statement.Data data = views.get(v).last(Statement.Data.class).orElseThrow();
            if (data.source() instanceof dev.hmspec.ast.DataSource.File f && f.path().matches("(?i).*\\.npz?$")) {
                // A NumPy matrix is drawn as tiles from the file itself (issue 9): no table to copy to a database.
                Assumptions.abort(spec.getFileName() + ": a NumPy matrix, not a table");
            }
            Plan bare = new Plan(data, List.of(), spec.getParent(), DifferentialTest.SPECS, Plan.nameOf(data.source()));
            Result<Table> t = Pipeline.run(bare, Engines.forChoice("auto"), Trace.off());
            assertTrue(t.ok(), t.problems().toString());
            if (t.value().rowCount() > MAX_ROWS) {
                Assumptions.abort(spec.getFileName() + ": " + t.value().rowCount() + " rows, more than this test copies");
            }
            String table = "hm_" + spec.getFileName().toString().replaceAll("[^a-z0-9]", "_") + "_" + v;
            load(url, table, t.value());
            rewritten = rewritten.substring(0, data.span().start()) + "data sql \"" + url + "\" table \"" + table + "\""
                    + rewritten.substring(data.span().end());
        }
        String reference = text.contains(".parquet\"") ? "scan" : "memory";
        Compiled expected = Hmspec.compile(spec, DifferentialTest.options(reference, Trace.off()));
        Trace trace = Trace.collecting();
        Compiled actual = Hmspec.compile(SourceFile.of(spec, spec.getFileName().toString(), rewritten),
                DifferentialTest.options("auto", trace));
        assertTrue(actual.scene().isPresent(), () -> actual.diagnostics().toString());
        assertTrue(trace.entries().stream().anyMatch(e -> e.engine().equals("jdbc") && e.action().equals("query")), "ran on PostgreSQL");
        Cells.assertSame(spec.getFileName() + " on PostgreSQL", Cells.of(expected), Cells.of(actual));
    }

    private static void load(String url, String table, Table t) throws Exception {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        try (Connection c = DriverManager.getConnection(url); java.sql.Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS \"" + table + "\"");
            StringBuilder cols = new StringBuilder(), marks = new StringBuilder();
            for (Column col : t.columns()) {
                String type = col instanceof NumberColumn ? "DOUBLE PRECISION" : col instanceof TemporalColumn ? "TIMESTAMP"
                        : col instanceof BooleanColumn ? "BOOLEAN" : "TEXT";
                cols.append(cols.length() == 0 ? "" : ", ").append('"').append(col.name().replace("\"", "\"\"")).append("\" ").append(type);
                marks.append(marks.length() == 0 ? "?" : ", ?");
            }
            st.execute("CREATE TABLE \"" + table + "\" (" + cols + ")");
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"" + table + "\" VALUES (" + marks + ")")) {
                for (int r = 0; r < t.rowCount(); r++) {
                    for (int i = 0; i < t.columns().size(); i++) {
                        Column col = t.columns().get(i);
                        int at = i + 1;
                        if (col.isNull(r)) {
                            ps.setNull(at, col instanceof NumberColumn ? Types.DOUBLE : col instanceof TemporalColumn ? Types.TIMESTAMP
                                    : col instanceof BooleanColumn ? Types.BOOLEAN : Types.VARCHAR);
                        } else if (col instanceof TemporalColumn tc) {
                            ps.setTimestamp(at, new Timestamp(tc.value(r)), utc);
                        } else if (col instanceof StringColumn sc) {
                            ps.setString(at, sc.value(r));
                        } else {
                            ps.setObject(at, col.get(r));
                        }
                    }
                    ps.addBatch();
                    if (r % 5000 == 4999) ps.executeBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }
}
