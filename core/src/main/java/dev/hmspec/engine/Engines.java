package dev.hmspec.engine;

import dev.hmspec.data.Result;
import dev.hmspec.plan.Plan;
import dev.hmspec.transform.Engine;
import dev.hmspec.transform.Trace;
import dev.hmspec.transform.InMemoryEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The engines a compile asks, in order. Engines on the class path that register themselves as a
 * {@code dev.hmspec.transform.Engine} service come first (the DuckDB module does: it is the
 * default for files), then the generic JDBC engine for SQL sources, then the in-memory reference.
 */
public final class Engines {
    private Engines() {}

    /**
     * {@code "memory"} keeps files in the JVM (the reference); {@code "scan"} lets registered engines
     * only read the source and runs every step in memory (the differential reference for sources
     * the JVM cannot read, such as Parquet); anything else ("auto") pushes steps down too.
     */
    public static List<Engine> forChoice(String choice) {
        List<Engine> out = new ArrayList<>();
        if (!"memory".equals(choice)) {
            for (Engine e : ServiceLoader.load(Engine.class, Engines.class.getClassLoader())) {
                out.add("scan".equals(choice) ? new ScanOnly(e) : e);
            }
        }
        out.add("scan".equals(choice) ? new ScanOnly(new JdbcEngine()) : new JdbcEngine());
        out.add(InMemoryEngine.INSTANCE);
        return out;
    }

    /** An engine that only reads: it receives the plan without its steps. */
    private record ScanOnly(Engine inner) implements Engine {
        public String name() { return inner.name(); }
        public boolean scans(Plan plan) { return inner.scans(plan); }
        public Result<Partial> run(Plan plan, Trace trace) {
            Plan bare = new Plan(plan.data(), List.of(), plan.specDirectory(), plan.dataRoot(), plan.dataName());
            return inner.run(bare, trace).then(p -> Result.ok(new Partial(p.table(), 0)));
        }
    }
}
