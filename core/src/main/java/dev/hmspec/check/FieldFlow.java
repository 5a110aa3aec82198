package dev.hmspec.check;

import dev.hmspec.ast.Name;
import dev.hmspec.ast.Transform;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The field names a view's transforms leave, from the names alone (no data). Used when a
 * transform failed, so the statements after it are still checked against the fields they would
 * see: the engine stops at the first error it cannot run past, the names can still be followed.
 * Empty when a step's outputs depend on the data's values (pivot) or on a field that does not
 * exist (an aggregate grouped by an unknown field): then no name can be judged unknown.
 */
public final class FieldFlow {
    private FieldFlow() {}

    public static Optional<List<String>> after(List<String> input, List<Transform> transforms) {
        Set<String> names = new LinkedHashSet<>(input);
        for (Transform t : transforms) {
            if (t instanceof Transform.Derive d) {
                d.assignments().forEach(a -> names.add(a.target().text()));
            } else if (t instanceof Transform.Aggregate a) {
                Set<String> out = new LinkedHashSet<>();
                for (Name g : a.groupBy()) {
                    if (!names.contains(g.text())) return Optional.empty();
                    out.add(g.text());
                }
                a.ops().forEach(op -> out.add(op.as().text()));
                names.clear();
                names.addAll(out);
            } else if (t instanceof Transform.Bin b) {
                names.add(b.as().text());
                names.add(b.as().text() + "_end");
            } else if (t instanceof Transform.Correlate c) {
                names.clear();
                names.addAll(List.of(c.rowName().text(), c.columnName().text(), c.valueName().text()));
            } else if (t instanceof Transform.Fold f) {
                f.fields().forEach(n -> names.remove(n.text()));
                names.add(f.keyName().text());
                names.add(f.valueName().text());
            } else if (t instanceof Transform.Pivot) {
                return Optional.empty();
            }
        }
        return Optional.of(new ArrayList<>(names));
    }
}
