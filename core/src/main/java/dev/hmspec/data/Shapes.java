package dev.hmspec.data;

import dev.hmspec.ast.DataOption;
import dev.hmspec.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns matrix and wide inputs into long columns. Matrix: {@code x} = column index and
 * {@code y} = row index (numbers from 0), {@code value}. Wide: the rows field, the column name,
 * the value, one output row per input cell, row-major.
 */
final class Shapes {
    private Shapes() {}

    static Result<RawData.Columns> matrix(RawData raw, String data, Span span) {
        if (raw instanceof RawData.Columns) return Result.failed(DataMessages.badMatrix(data, "found an array of objects", span));
        Object tree = ((RawData.Grid) raw).tree();
        if (tree instanceof Map<?, ?> m) return flatMatrix(m, data, span);
        if (!(tree instanceof List<?> rows)) return Result.failed(DataMessages.badMatrix(data, "found a single value", span));
        int width = -1;
        RawColumn x = new RawColumn("x"), y = new RawColumn("y"), value = new RawColumn("value");
        for (int r = 0; r < rows.size(); r++) {
            if (!(rows.get(r) instanceof List<?> row)) {
                return Result.failed(DataMessages.badMatrix(data, "row " + (r + 1) + " is not an array", span));
            }
            if (width < 0) width = row.size();
            if (row.size() != width) return Result.failed(DataMessages.raggedMatrix(data, r + 1, row.size(), width, span));
            for (int c = 0; c < width; c++) {
                Object cell = cell(row.get(c));
                if (cell == NESTED) return Result.failed(DataMessages.badMatrix(data, "row " + (r + 1) + " holds a nested value", span));
                x.add((double) c);
                y.add((double) r);
                value.add(cell);
            }
        }
        RawColumn v = value;
        return Result.ok(new RawData.Columns(List.of(x, y, restride(v, Math.max(width, 1))), x.size()));
    }

    private static Result<RawData.Columns> flatMatrix(Map<?, ?> m, String data, Span span) {
        if (!(m.get("width") instanceof Number w) || !(m.get("height") instanceof Number h) || !(m.get("values") instanceof List<?> values)) {
            return Result.failed(DataMessages.badMatrix(data, "an object needs numeric \"width\", \"height\" and a \"values\" array", span));
        }
        int width = w.intValue(), height = h.intValue();
        if (width < 0 || height < 0 || (long) width * height != values.size()) {
            return Result.failed(DataMessages.matrixSizeMismatch(data, values.size(), width, height, span));
        }
        RawColumn x = new RawColumn("x"), y = new RawColumn("y"), value = new RawColumn("value", width);
        for (int i = 0; i < values.size(); i++) {
            Object cell = cell(values.get(i));
            if (cell == NESTED) return Result.failed(DataMessages.badMatrix(data, "values holds a nested value", span));
            x.add((double) (i % width));
            y.add((double) (i / width));
            value.add(cell);
        }
        return Result.ok(new RawData.Columns(List.of(x, y, value), values.size()));
    }

    static Result<RawData.Columns> wide(RawData.Columns in, DataOption.Wide option, String data) {
        String rowsName = option.rowsField().text();
        int key = in.names().indexOf(rowsName);
        if (key < 0) return Result.failed(DataMessages.unknownRowsField(data, rowsName, in.names(), option.rowsField().span()));
        int k = in.columns().size() - 1;
        RawColumn rows = new RawColumn(rowsName, k);
        RawColumn names = new RawColumn(option.columnsName().map(n -> n.text()).orElse("column"), k);
        RawColumn values = new RawColumn(option.valueName().map(n -> n.text()).orElse("value"), k);
        for (int r = 0; r < in.rows(); r++) {
            for (int c = 0; c < in.columns().size(); c++) {
                if (c == key) continue;
                RawColumn col = in.columns().get(c);
                rows.add(in.columns().get(key).get(r));
                names.add(col.name);
                values.add(col.get(r));
            }
        }
        return Result.ok(new RawData.Columns(List.of(rows, names, values), rows.size()));
    }

    private static final Object NESTED = new Object();

    private static Object cell(Object o) {
        if (o instanceof Number n) return n.doubleValue();
        if (o instanceof List<?> || o instanceof Map<?, ?>) return NESTED;
        return o;
    }

    private static RawColumn restride(RawColumn c, int stride) {
        RawColumn out = new RawColumn(c.name, stride);
        for (int i = 0; i < c.size(); i++) out.add(c.get(i));
        return out;
    }
}
