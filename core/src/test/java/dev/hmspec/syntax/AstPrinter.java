package dev.hmspec.syntax;

import dev.hmspec.source.Span;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Prints any AST record tree as indented text for golden files: {@code Kind(field: value)}, spans as @start..end. */
final class AstPrinter {
    private AstPrinter() {}

    static String print(Object node) {
        StringBuilder b = new StringBuilder();
        print(node, 0, b);
        return b.append('\n').toString();
    }

    private static void print(Object v, int depth, StringBuilder b) {
        if (v == null) { b.append("null"); return; }
        if (v instanceof Span s) { b.append('@').append(s.start()).append("..").append(s.end()); return; }
        if (v instanceof Optional<?> o) { if (o.isPresent()) print(o.get(), depth, b); else b.append("-"); return; }
        if (v instanceof String s) { b.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"'); return; }
        if (v instanceof List<?> l) {
            if (l.isEmpty()) { b.append("[]"); return; }
            b.append('[');
            for (Object e : l) { newline(depth + 1, b); print(e, depth + 1, b); }
            newline(depth, b);
            b.append(']');
            return;
        }
        if (v instanceof Map<?, ?> m) {
            b.append('{');
            m.forEach((k, val) -> { newline(depth + 1, b); b.append(k).append(": "); print(val, depth + 1, b); });
            newline(depth, b);
            b.append('}');
            return;
        }
        if (v.getClass().isRecord()) {
            b.append(v.getClass().getSimpleName()).append('(');
            RecordComponent[] parts = v.getClass().getRecordComponents();
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) b.append(", ");
                b.append(parts[i].getName()).append(": ");
                try {
                    print(parts[i].getAccessor().invoke(v), depth, b);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            b.append(')');
            return;
        }
        b.append(v);
    }

    private static void newline(int depth, StringBuilder b) { b.append('\n').append("  ".repeat(depth)); }
}
