package dev.hmspec.transform;

import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.Transform;
import dev.hmspec.data.DataReader;
import dev.hmspec.data.Result;
import dev.hmspec.data.Table;
import dev.hmspec.plan.Plan;
import java.util.List;

/**
 * The reference engine: reads files and inline values with the JVM readers and runs every step
 * over columnar tables in memory, collecting all problems it can. Every other engine must give
 * the same tables (the differential tests hold them to it).
 */
public final class InMemoryEngine implements Engine {
    public static final InMemoryEngine INSTANCE = new InMemoryEngine();

    public String name() { return "memory"; }

    public boolean scans(Plan plan) { return !(plan.source() instanceof DataSource.Sql); }

    public Result<Partial> run(Plan plan, Trace trace) {
        Result<Table> read = read(plan, trace);
        if (!read.ok()) return Result.failed(read.problems());
        return read.then(t -> runSteps(t, plan.steps(), plan.dataName(), trace).then(r -> Result.ok(new Partial(r, plan.steps().size()))));
    }

    /** The plan's source read whole, before any step. */
    static Result<Table> read(Plan plan, Trace trace) {
        long t0 = System.nanoTime();
        Result<Table> read = DataReader.read(plan.data(), plan.specDirectory(), plan.dataRoot());
        trace.add(new Trace.Entry(INSTANCE.name(), "read " + plan.dataName(), List.of(), "", List.of(), System.nanoTime() - t0));
        return read;
    }

    public static Result<Table> runSteps(Table input, List<Transform> steps, String dataName, Trace trace) {
        long t0 = System.nanoTime();
        Result<Table> out = runSteps(input, steps, dataName);
        if (!steps.isEmpty()) trace.add(new Trace.Entry("memory", "steps", Steps.names(steps), "", List.of(), System.nanoTime() - t0));
        return out;
    }

    public static Result<Table> runSteps(Table input, List<Transform> transforms, String dataName) {
        StepContext ctx = new StepContext(dataName);
        Table t = input;
        for (Transform step : transforms) {
            t = apply(t, step, ctx);
            if (t == null) break; // this step changed the table's shape and failed: later steps cannot be checked
        }
        return t == null || ctx.hasErrors() ? Result.failed(ctx.problems()) : Result.of(t, ctx.problems());
    }

    static Table apply(Table t, Transform step, StepContext ctx) {
        if (step instanceof Transform.Filter f) return RowSteps.filter(t, f, ctx);
        if (step instanceof Transform.Derive d) return RowSteps.derive(t, d, ctx);
        if (step instanceof Transform.Aggregate a) return Aggregator.apply(t, a, ctx);
        if (step instanceof Transform.Bin b) return Binner.apply(t, b, ctx);
        if (step instanceof Transform.Correlate c) return Correlation.apply(t, c, ctx);
        if (step instanceof Transform.Fold f) return Reshape.fold(t, f, ctx);
        return Reshape.pivot(t, (Transform.Pivot) step, ctx);
    }
}
