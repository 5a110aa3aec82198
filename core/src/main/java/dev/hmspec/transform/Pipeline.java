package dev.hmspec.transform;

import dev.hmspec.ast.Transform;
import dev.hmspec.data.Problem;
import dev.hmspec.data.Result;
import dev.hmspec.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The transform stage's entry point: {@code Table ──transforms──▶ Table}, in spec order.
 * Problems carry did-you-mean against the fields available at each step; the run stops only
 * when a failed step leaves no table to continue with.
 */
public final class Pipeline {
    private Pipeline() {}

    public static Result<Table> run(Table input, List<Transform> transforms, String dataName) {
        return run(new InMemoryEngine(), input, transforms, dataName);
    }

    /** Runs the prefix {@code first} accepts on it, the rest in memory. */
    public static Result<Table> run(Engine first, Table input, List<Transform> transforms, String dataName) {
        int n = first.accepts(transforms);
        Result<Table> head = first.run(input, transforms.subList(0, n), dataName);
        if (n == transforms.size() || !head.ok()) return head;
        Result<Table> tail = new InMemoryEngine().run(head.value(), transforms.subList(n, transforms.size()), dataName);
        List<Problem> all = new ArrayList<>(head.problems());
        all.addAll(tail.problems());
        return new Result<>(tail.value(), all);
    }
}
