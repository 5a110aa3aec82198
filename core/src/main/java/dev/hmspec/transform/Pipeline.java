package dev.hmspec.transform;

import dev.hmspec.ast.Transform;
import dev.hmspec.data.Problem;
import dev.hmspec.data.Result;
import dev.hmspec.data.Table;
import dev.hmspec.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * The transform stage's entry point: {@code Plan ──engine──▶ Table ──rest in memory──▶ Table}.
 * The first engine that scans the plan's source runs the longest prefix of steps it can express;
 * the in-memory engine runs the rest. Problems carry did-you-mean against the fields available
 * at each step; the run stops only when a failed step leaves no table to continue with.
 */
public final class Pipeline {
    private Pipeline() {}

    public static Result<Table> run(Plan plan, List<Engine> engines, Trace trace) {
        return runTracked(plan, engines, trace).result();
    }

    /**
     * A run and, when a step failed in memory, the columns it started from and the steps it had left,
     * so later statements can still be checked against the names those steps would produce.
     */
    public record Run(Result<Table> result, List<String> columnsBefore, List<Transform> stepsLeft) {}

    public static Run runTracked(Plan plan, List<Engine> engines, Trace trace) {
        Engine first = InMemoryEngine.INSTANCE;
        for (Engine e : engines) {
            if (e.scans(plan)) { first = e; break; }
        }
        // Memory reads the source alone first, so a failed step still knows the columns it started from.
        Result<Engine.Partial> head = first == InMemoryEngine.INSTANCE
                ? InMemoryEngine.read(plan, trace).then(t -> Result.ok(new Engine.Partial(t, 0)))
                : first.run(plan, trace);
        if (!head.ok()) return new Run(Result.failed(head.problems()), List.of(), List.of());
        int done = head.value().stepsRun();
        Table start = head.value().table();
        if (done == plan.steps().size()) return new Run(Result.of(start, head.problems()), start.columnNames(), List.of());
        Result<Table> tail = InMemoryEngine.runSteps(start, plan.stepsFrom(done), plan.dataName(), trace);
        List<Problem> all = new ArrayList<>(head.problems());
        all.addAll(tail.problems());
        return new Run(new Result<>(tail.value(), all), start.columnNames(), plan.stepsFrom(done));
    }

    /** Runs every transform over an already loaded table, in memory. */
    public static Result<Table> run(Table input, List<Transform> transforms, String dataName) {
        return InMemoryEngine.runSteps(input, transforms, dataName);
    }
}
