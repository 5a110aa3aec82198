package dev.hmspec.transform;

import dev.hmspec.ast.Transform;
import dev.hmspec.data.Result;
import dev.hmspec.data.Table;
import java.util.List;

/**
 * Something that runs transforms. The in-memory engine runs them all; a SQL engine would
 * accept a prefix it can push down (filter, derive, aggregate, bin) and leave the rest to memory.
 */
public interface Engine {
    /** How many leading transforms this engine runs. */
    int accepts(List<Transform> transforms);

    /** Runs {@code transforms} (at most {@link #accepts} of them) over {@code input}. */
    Result<Table> run(Table input, List<Transform> transforms, String dataName);
}
