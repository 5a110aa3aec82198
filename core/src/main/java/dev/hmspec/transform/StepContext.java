package dev.hmspec.transform;

import dev.hmspec.ast.Name;
import dev.hmspec.data.DataMessages;
import dev.hmspec.data.Problem;
import dev.hmspec.data.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the steps of one pipeline share: the data name for messages, the problems so far, and the
 * "poisoned" fields, outputs of a step that failed: later steps still run, but a reference to a
 * poisoned field fails silently instead of repeating the first error as a second one.
 */
public final class StepContext {
    final String dataName;
    final List<Problem> problems = new ArrayList<>();
    private final Set<String> poisoned = new HashSet<>();

    public StepContext(String dataName) { this.dataName = dataName; }

    public List<Problem> problems() { return List.copyOf(problems); }

    public boolean hasErrors() { return problems.stream().anyMatch(Problem::isError); }

    void add(Problem p) { problems.add(p); }

    void poison(String field) { poisoned.add(field); }

    /** A later step produced the field again, so it is real from here on. */
    void cure(String field) { poisoned.remove(field); }

    /**
     * The column named {@code name}, or empty after reporting it. A poisoned field is empty
     * without a report: its step already explained the failure.
     */
    Optional<dev.hmspec.data.Column> field(Table table, Name name) {
        if (poisoned.contains(name.text())) return Optional.empty();
        Optional<dev.hmspec.data.Column> c = table.find(name.text());
        if (c.isEmpty() && !poisoned.contains(name.text())) {
            add(DataMessages.unknownField(dataName, name.text(), table.columnNames(), name.span()));
        }
        return c;
    }
}
