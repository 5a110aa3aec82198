import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.data.Result;
import dev.hmspec.data.Table;
import dev.hmspec.engine.Engines;
import dev.hmspec.plan.Plan;
import dev.hmspec.source.SourceFile;
import dev.hmspec.syntax.SpecParser;
import dev.hmspec.transform.Pipeline;
import dev.hmspec.transform.Trace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import java.util.Arrays;
import java.util.Locale;

/**
 * The data stage alone (no scene): a spec's plan through an engine, RUNS times in one JVM, median
 * of the warm runs; then DuckDB alone reading the same file into a table (the baseline).
 *   java -cp cli/target/hmspec.jar bench/engine/ReadBench.java SPEC auto|memory RUNS [baseline-sql]
 */
public class ReadBench {
    static final Trace TRACE = Trace.collecting();
    public static void main(String[] a) throws Exception {
        Path spec = Path.of(a[0]).toAbsolutePath();
        String engine = a[1];
        int runs = Integer.parseInt(a[2]);
        SourceFile f = SourceFile.read(spec);
        View view = SpecParser.parse(f).ast().views().get(0);
        Statement.Data data = view.last(Statement.Data.class).orElseThrow();
        Plan plan = new Plan(data, view.transforms(), f.directory(), f.directory(), Plan.nameOf(data.source()));
        double[] ms = new double[runs];
        long rows = 0;
        for (int i = 0; i <= runs; i++) {
            long t0 = System.nanoTime();
            Result<Table> t = Pipeline.run(plan, Engines.forChoice(engine), i == 0 ? TRACE : Trace.off());
            if (i == 0) System.out.print(TRACE.text());
            if (!t.ok()) throw new IllegalStateException(t.problems().toString());
            rows = t.value().rowCount();
            if (i > 0) ms[i - 1] = (System.nanoTime() - t0) / 1e6; else System.out.printf(Locale.ROOT, "%s first run %.0f ms%n", engine, (System.nanoTime() - t0) / 1e6);
        }
        Arrays.sort(ms);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%s %s: %d result rows, warm median %.0f ms, heap used %d MB (max %d MB)%n", engine,
                spec.getFileName(), rows, ms[runs / 2], (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        if (a.length > 3) {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); java.sql.Statement s = c.createStatement()) {
                double[] b = new double[runs];
                for (int i = 0; i <= runs; i++) {
                    long t0 = System.nanoTime();
                    s.execute("DROP TABLE IF EXISTS t");
                    s.execute("CREATE TABLE t AS " + a[3]);
                    if (i > 0) b[i - 1] = (System.nanoTime() - t0) / 1e6;
                }
                Arrays.sort(b);
                System.out.printf(Locale.ROOT, "baseline duckdb-alone (%s): warm median %.0f ms%n", a[3], b[runs / 2]);
            }
        }
    }
}
