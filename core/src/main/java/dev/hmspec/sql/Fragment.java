package dev.hmspec.sql;

import dev.hmspec.data.FieldType;
import java.util.ArrayList;
import java.util.List;

/**
 * A typed SQL expression and its parameters in textual order. {@code type} is null for the
 * literal {@code null}, which takes the type of what it meets.
 */
record Fragment(String sql, FieldType type, List<Object> params) {
    static Fragment of(String sql, FieldType type, Fragment... parts) {
        List<Object> p = new ArrayList<>();
        for (Fragment f : parts) p.addAll(f.params());
        return new Fragment(sql, type, p);
    }
}
