package dev.hmspec.data;

import dev.hmspec.diag.Suggest;
import dev.hmspec.source.Span;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of every data and transform message (codes HM210–HM249), one factory per kind.
 * Messages name the data (file path as written, or "inline data") and the 1-based data row
 * (the first record after a CSV header is row 1; the first element of a JSON array is row 1).
 */
public final class DataMessages {
    private DataMessages() {}

    static String q(String s) { return "\"" + s + "\""; }

    static String list(Collection<String> names, int max) {
        List<String> l = List.copyOf(names);
        String shown = String.join(", ", l.subList(0, Math.min(max, l.size())));
        return l.size() > max ? shown + ", …" : shown;
    }

    private static Problem error(String code, Span span, String message, Optional<String> help) {
        return new Problem(code, message, help, span, false);
    }

    private static Problem error(String code, Span span, String message, String help) {
        return error(code, span, message, Optional.ofNullable(help));
    }

    /** did-you-mean when something is close, else the list of what exists. */
    static Optional<String> suggest(String wrong, Collection<String> candidates, String what) {
        Optional<String> d = Suggest.didYouMean(wrong, candidates);
        if (d.isPresent() || candidates.isEmpty()) return d;
        return Optional.of(what + ": " + list(candidates, 8));
    }

    // ---- HM210–HM219: locating and parsing files ----------------------------------------

    public static Problem pathEscapesRoot(String path, String resolved, String root, Span span) {
        return error("HM210", span, "data path " + q(path) + " resolves to " + resolved + ", outside the allowed folder " + root,
                "keep data files inside " + root + " (paths are relative to the spec file)");
    }

    public static Problem fileNotFound(String path, String resolved, Collection<String> siblings, Span span) {
        Optional<String> help = Suggest.didYouMean(new java.io.File(path).getName(), siblings);
        return error("HM211", span, "data file " + q(path) + " not found (looked for " + resolved + ")",
                help.or(() -> Optional.of("paths are relative to the folder of the spec file")));
    }

    public static Problem cannotReadFile(String path, String reason, Span span) {
        return error("HM212", span, "cannot read data file " + q(path) + ": " + reason, Optional.empty());
    }

    public static Problem unknownFormat(String format, Span span) {
        return error("HM213", span, "unknown data format " + q(format),
                suggest(format, DataFormat.names(), "formats"));
    }

    public static Problem cannotGuessFormat(String path, Span span) {
        return error("HM214", span, "cannot tell the format of " + q(path) + " from its extension",
                "name it .csv, .tsv or .json, or add `format csv|tsv|json`");
    }

    public static Problem malformed(String data, String format, long line, long column, String reason, Span span) {
        return error("HM215", span, data + " line " + line + ", column " + column + ": invalid " + format + " (" + reason + ")",
                Optional.empty());
    }

    public static Problem raggedRow(String data, int row, int line, int found, int expected, Span span) {
        return error("HM216", span, data + " row " + row + " (line " + line + "): " + found + " values, but the header has "
                + expected + " columns",
                "quote values that contain the separator, or fix the row");
    }

    public static Problem notATable(String data, String found, Span span) {
        return error("HM217", span, data + ": expected an array of objects (one per row), found " + found,
                "for a grid of numbers add `matrix`; for {width, height, values} also add `matrix`");
    }

    public static Problem nestedValue(String data, int row, String field, Span span) {
        return error("HM218", span, data + " row " + row + ": field " + q(field) + " holds a nested object or array",
                "only flat values (number, string, boolean, null) can be cells; flatten the data first");
    }

    public static Problem duplicateColumn(String data, String name, Span span) {
        return error("HM219", span, data + ": column " + q(name) + " appears more than once in the header", Optional.empty());
    }

    // ---- HM220–HM224: shapes (matrix, wide) -----------------------------------------------

    public static Problem matrixSizeMismatch(String data, int length, int width, int height, Span span) {
        return error("HM220", span, data + ": values has " + length + " numbers, but width × height = " + width + " × " + height
                + " = " + ((long) width * height), Optional.empty());
    }

    public static Problem badMatrix(String data, String what, Span span) {
        return error("HM221", span, data + ": not a matrix (" + what + ")",
                "a matrix is {\"width\": w, \"height\": h, \"values\": [...]} or an array of equal-length rows");
    }

    public static Problem raggedMatrix(String data, int row, int found, int expected, Span span) {
        return error("HM222", span, data + " row " + row + ": " + found + " values, but the first row has " + expected,
                Optional.empty());
    }

    public static Problem unknownRowsField(String data, String field, Collection<String> columns, Span span) {
        return error("HM223", span, "unknown field " + q(field) + " in data " + data + " (named by `wide rows`)",
                suggest(field, columns, "fields"));
    }

    public static Problem conflictingShapes(Span span) {
        return error("HM224", span, "`matrix` and `wide` cannot be used together", "keep one of them");
    }

    // ---- HM225–HM232: types ---------------------------------------------------------------

    public static Problem mostlyNumeric(String data, String field, int count, int firstRow, String firstValue, Span span) {
        String more = count > 1 ? " and " + (count - 1) + " more non-numeric value" + (count > 2 ? "s" : "") : "";
        return new Problem("HM225", data + " row " + firstRow + ": " + q(firstValue) + " in numeric field " + q(field)
                + more + " read as null", Optional.of("to keep the texts, declare `types " + fieldRef(field) + ": string`"),
                span, true);
    }

    public static Problem unknownType(String type, Span span) {
        return error("HM226", span, "unknown field type " + q(type), suggest(type, FieldTypes.names(), "types"));
    }

    public static Problem unknownTypedField(String data, String field, Collection<String> columns, Span span) {
        return error("HM227", span, "unknown field " + q(field) + " in data " + data + " (named in `types`)",
                suggest(field, columns, "fields"));
    }

    public static Problem badPattern(String pattern, String reason, Span span) {
        return error("HM228", span, "invalid date pattern " + q(pattern) + ": " + reason,
                "use a java.time pattern like \"yyyy/MM/dd HH:mm:ss\" or strftime like \"%Y/%m/%d %H:%M:%S\"");
    }

    /** A cell that does not fit its column's type: 1-based data row and the text as read. */
    public record BadCell(int row, String text) {
        String show() { return "row " + row + " " + q(text); }
    }

    /** Lists up to five bad cells, then "and N more". */
    public static Problem valuesNotOfType(String data, String field, FieldType type, List<BadCell> cells, int total, Span span) {
        String msg;
        if (total == 1) {
            BadCell c = cells.get(0);
            msg = data + " row " + c.row() + ": " + q(c.text()) + " is not a " + type.label() + " (field " + q(field)
                    + " is declared " + type.label() + ")";
        } else {
            List<String> shown = cells.stream().limit(5).map(BadCell::show).toList();
            msg = data + ": " + total + " values of field " + q(field) + " are not " + type.label() + "s: "
                    + String.join(", ", shown) + (total > 5 ? " and " + (total - 5) + " more" : "");
        }
        return error("HM229", span, msg, type == FieldType.TEMPORAL
                ? Optional.of("give the date pattern, e.g. `types " + fieldRef(field) + ": temporal \"%Y-%m-%d\"`") : Optional.empty());
    }

    public static Problem noRows(String data, Span span) {
        return new Problem("HM230", data + " has no rows", Optional.empty(), span, true);
    }

    public static Problem inlineNotTable(String found, Span span) {
        return error("HM231", span, "inline data must be an array of objects or an array of arrays, found " + found, Optional.empty());
    }

    static String fieldRef(String field) {
        return field.matches("[A-Za-z_][A-Za-z0-9_]*") ? field : q(field);
    }

    // ---- HM235–HM249: transforms and expressions -----------------------------------------

    public static Problem unknownField(String data, String field, Collection<String> columns, Span span) {
        return error("HM235", span, "unknown field " + q(field) + " in data " + data, suggest(field, columns, "fields here"));
    }

    public static Problem unknownFunction(String name, Collection<String> functions, Span span) {
        return error("HM236", span, "unknown function " + q(name), suggest(name, functions, "functions"));
    }

    public static Problem wrongArity(String function, String expected, int found, Span span) {
        return error("HM237", span, function + "() takes " + expected + ", found " + found, Optional.empty());
    }

    public static Problem wrongArgumentType(String function, int index, String expected, FieldType found, Span span) {
        return error("HM238", span, "argument " + index + " of " + function + "() must be " + expected + ", found " + found.label(),
                found == FieldType.STRING && expected.contains("temporal")
                        ? Optional.of("parse text with toDate(...) first") : Optional.empty());
    }

    /** {@code what}: "combine a number and a string", "apply to a string". */
    public static Problem operatorTypes(String op, String what, Span span) {
        return error("HM239", span, "operator " + q(op) + " cannot " + what,
                Optional.of("convert one side with number(...), string(...) or toDate(...)"));
    }

    public static Problem conditionNotBoolean(String where, FieldType found, Span span) {
        return error("HM240", span, where + " must be true/false, found a " + found.label() + " expression",
                Optional.of("compare it, e.g. `x > 0` or `x != null`"));
    }

    public static Problem emptyAfterFilter(String data, int before, Span span) {
        return error("HM241", span, "this filter removes all " + before + " rows of data " + data,
                Optional.of("check the condition against the data's values (nulls count as false)"));
    }

    public static Problem unknownAggregate(String name, Collection<String> ops, Span span) {
        return error("HM242", span, "unknown aggregate " + q(name), suggest(name, ops, "aggregates"));
    }

    public static Problem aggregateNeedsField(String op, Span span) {
        return error("HM243", span, op + "() needs a field, e.g. " + op + "(price)", Optional.empty());
    }

    public static Problem fieldNotNumeric(String step, String field, FieldType found, Span span) {
        return error("HM244", span, step + " needs a numeric field, but " + q(field) + " is " + found.label(),
                found == FieldType.STRING ? Optional.of("convert it first: `derive n = number(" + fieldRef(field) + ")`") : Optional.empty());
    }

    public static Problem badBinParameter(String what, double value, Span span) {
        return error("HM245", span, "bin " + what + " must be positive, found " + Numbers.format(value), Optional.empty());
    }

    public static Problem foldMixedTypes(String first, FieldType a, String other, FieldType b, Span span) {
        return error("HM246", span, "fold needs fields of one type, but " + q(first) + " is " + a.label() + " and "
                + q(other) + " is " + b.label(), Optional.of("convert them first with number(...) or string(...)"));
    }

    public static Problem unknownPivotOp(String name, Collection<String> ops, Span span) {
        return error("HM247", span, "unknown pivot op " + q(name), suggest(name, ops, "ops"));
    }

    public static Problem duplicateOutput(String name, Span span) {
        return error("HM248", span, "the output field " + q(name) + " is produced twice by this step", Optional.empty());
    }

    public static Problem branchTypes(FieldType a, FieldType b, Span span) {
        return error("HM249", span, "if() branches must have one type, found " + a.label() + " and " + b.label(),
                Optional.of("convert one branch with number(...) or string(...)"));
    }

    // ---- HM260–HM269 (engine range): sources the JVM readers leave to an engine ----------

    public static Problem needsEngine(String data, String what, Span span) {
        return error("HM260", span, "reading " + q(data) + " (" + what + ") needs the DuckDB engine, which is not on the class path",
                "add the dependency dev.hmspec:hmspec-duckdb (the CLI and the Maven plugin include it)");
    }
}
