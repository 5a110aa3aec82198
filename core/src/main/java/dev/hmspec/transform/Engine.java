package dev.hmspec.transform;

import dev.hmspec.data.Result;
import dev.hmspec.data.Table;
import dev.hmspec.plan.Plan;

/**
 * Something that runs a {@link Plan}: reads its source and runs the longest prefix of its steps it
 * can express (a SQL engine pushes filter, derive, bin and aggregate into the database). The
 * {@link Pipeline} runs the remaining steps in memory on the returned table.
 */
public interface Engine {
    /** A short name for explain output: "memory", "duckdb", "jdbc". */
    String name();

    /** Whether this engine reads the plan's source; the pipeline asks engines in order. */
    boolean scans(Plan plan);

    /** The table after the source and the first {@code stepsRun} steps; all problems found so far. */
    Result<Partial> run(Plan plan, Trace trace);

    /**
     * Does ahead of time, on the caller's (background) thread, what this engine's first query
     * would otherwise wait for, such as starting an embedded database; a hint that changes no
     * result. By default nothing.
     */
    default void prepare() {}

    record Partial(Table table, int stepsRun) {}
}
