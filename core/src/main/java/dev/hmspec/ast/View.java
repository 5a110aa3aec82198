package dev.hmspec.ast;

import dev.hmspec.source.Span;
import java.util.List;
import java.util.Optional;

/** One {@code heatmap "name" { ... }} block; statements in source order. */
public record View(Optional<String> name, List<Statement> statements, Span span, Span keywordSpan) {
    public View { statements = List.copyOf(statements); }

    public <T extends Statement> List<T> all(Class<T> kind) {
        return statements.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public <T extends Statement> Optional<T> last(Class<T> kind) {
        List<T> found = all(kind);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /** The transforms, in order: the data pipeline of this view. */
    public List<Transform> transforms() {
        return statements.stream().filter(Transform.class::isInstance).map(Transform.class::cast).toList();
    }
}
