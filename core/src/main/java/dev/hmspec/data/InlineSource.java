package dev.hmspec.data;

import dev.hmspec.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Inline values from the spec: an array of objects (long form) or an array of arrays (a grid). */
final class InlineSource {
    static final String NAME = "inline data";

    private InlineSource() {}

    static Result<RawData> read(Object value, Span span) {
        if (!(value instanceof List<?> list)) return Result.failed(DataMessages.inlineNotTable(kind(value), span));
        if (!list.isEmpty() && list.get(0) instanceof List<?>) return Result.ok(new RawData.Grid(list));
        Map<String, RawColumn> columns = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int row = 0; row < list.size(); row++) {
            if (!(list.get(row) instanceof Map<?, ?> object)) {
                return Result.failed(DataMessages.inlineNotTable("an array holding " + kind(list.get(row)) + " at row " + (row + 1), span));
            }
            for (Map.Entry<?, ?> e : object.entrySet()) {
                String key = String.valueOf(e.getKey());
                Object cell = e.getValue();
                if (cell instanceof List<?> || cell instanceof Map<?, ?>) {
                    problems.add(DataMessages.nestedValue(NAME, row + 1, key, span));
                    continue;
                }
                if (cell instanceof Number n) cell = n.doubleValue();
                columns.computeIfAbsent(key, RawColumn::new).set(row, cell);
            }
        }
        if (!problems.isEmpty()) return Result.failed(problems);
        for (RawColumn c : columns.values()) c.padTo(list.size());
        return Result.ok(new RawData.Columns(new ArrayList<>(columns.values()), list.size()));
    }

    private static String kind(Object v) {
        if (v == null) return "null";
        if (v instanceof Map<?, ?>) return "an object";
        if (v instanceof List<?>) return "an array";
        if (v instanceof String) return "a string";
        if (v instanceof Boolean) return "a boolean";
        return "a number";
    }
}
