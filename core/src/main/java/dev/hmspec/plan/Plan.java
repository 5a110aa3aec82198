package dev.hmspec.plan;

import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.Transform;
import java.nio.file.Path;
import java.util.List;

/**
 * What one view asks of its data: read {@code data}, then run {@code steps} in order. This, not a
 * materialized table, is what an engine receives, so that it can push the source scan and a prefix
 * of the steps into a database and return only the result.
 *
 * @param specDirectory the folder relative data paths resolve against
 * @param dataRoot      the folder data files must stay inside, or null when any path is allowed
 * @param dataName      how messages name the data (the path as written, or "values")
 */
public record Plan(Statement.Data data, List<Transform> steps, Path specDirectory, Path dataRoot, String dataName) {
    public Plan { steps = List.copyOf(steps); }

    public DataSource source() { return data.source(); }

    /** The same plan without its first {@code n} steps (they ran elsewhere). */
    public List<Transform> stepsFrom(int n) { return steps.subList(n, steps.size()); }

    /** The data name messages use for a source. */
    public static String nameOf(DataSource source) {
        if (source instanceof DataSource.File f) return f.path();
        if (source instanceof DataSource.Sql s) return s.table() ? s.relation().value() : "query";
        return "values";
    }
}
