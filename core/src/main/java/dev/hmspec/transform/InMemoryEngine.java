package dev.hmspec.transform;

import dev.hmspec.ast.Transform;
import dev.hmspec.data.Result;
import dev.hmspec.data.Table;
import java.util.List;

/** Runs every transform over columnar tables in memory, collecting all problems it can. */
public final class InMemoryEngine implements Engine {

    public int accepts(List<Transform> transforms) { return transforms.size(); }

    public Result<Table> run(Table input, List<Transform> transforms, String dataName) {
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
