package dev.hmspec.data;

import dev.hmspec.ast.DataOption;
import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.Statement;
import dev.hmspec.data.matrix.Irregular;
import dev.hmspec.data.matrix.Matrix;
import dev.hmspec.data.matrix.MatrixCsvReader;
import dev.hmspec.source.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The fast way in for matrix-shaped CSV/TSV files ({@code wide rows …}, {@code matrix}, and tables
 * whose every column holds numbers, such as long x, y, value data): the file streamed by {@link MatrixCsvReader} into one {@code double[]}, then the long table the
 * general reader would give, built around that array without copying it. The key columns are
 * typed by the same {@link ColumnTyper} rules over the distinct keys, then repeated by reference
 * (no object per cell). Anything the fast path does not take — quotes, ragged lines, a cell that
 * is not a number, keys whose typing would warn, `types` declarations — returns empty, and the
 * caller reads the file the general way, whose diagnostics are the reference.
 */
public final class MatrixTables {
    private MatrixTables() {}

    /** What happened, for explain: the table, or why the general reader has to run. */
    public record Attempt(Optional<Result<Table>> table, String note) {
        static Attempt declined(String why) { return new Attempt(Optional.empty(), why); }
    }

    public static Attempt read(Statement.Data stmt, Path specDirectory, Path allowedRoot) {
        if (!(stmt.source() instanceof DataSource.File f) || DataPaths.isGlob(f.path())) return Attempt.declined("not a file");
        DataOption.Wide wide = null;
        boolean matrix = false;
        Optional<DataFormat> format = DataFormat.fromPath(f.path());
        for (DataOption o : stmt.options()) {
            if (o instanceof DataOption.Wide w) wide = w;
            else if (o instanceof DataOption.Matrix) matrix = true;
            else if (o instanceof DataOption.Format fo) format = DataFormat.parse(fo.format().text());
            else if (o instanceof DataOption.Types) return Attempt.declined("types are declared");
        }
        if (matrix && wide != null) return Attempt.declined("both wide and matrix");
        if (format.isEmpty() || format.get() != DataFormat.CSV && format.get() != DataFormat.TSV) return Attempt.declined("not CSV/TSV");
        Result<Path> path = DataPaths.resolve(f.path(), specDirectory, allowedRoot, f.span());
        if (!path.ok()) return Attempt.declined("path");
        String key = wide == null ? null : wide.rowsField().text();
        MatrixCsvReader.Outcome out;
        try {
            char sep = format.get() == DataFormat.TSV ? '\t' : ',';
            out = MatrixCsvReader.read(path.value(), matrix ? MatrixCsvReader.Options.grid(sep)
                    : key != null ? MatrixCsvReader.Options.wide(sep, key) : MatrixCsvReader.Options.numbers(sep));
        } catch (IOException e) {
            return Attempt.declined("I/O: " + e.getMessage());
        }
        if (out instanceof Irregular irregular) return Attempt.declined(irregular.toString());
        Matrix m = ((MatrixCsvReader.Parsed) out).matrix();
        Optional<Table> table = wide != null ? wide(m, wide, f.path(), f.span()) : Optional.of(matrix ? grid(m) : columns(m));
        return table.map(t -> new Attempt(Optional.of(Result.ok(t)), m.rows() + " x " + m.columns() + " streamed"))
                .orElseGet(() -> Attempt.declined("keys need the general reader's typing"));
    }

    /** A table of numbers: one column per header name, in order. */
    static Table columns(Matrix m) {
        int rows = m.rows(), w = m.columns();
        double[] v = m.values();
        List<Column> out = new ArrayList<>(w);
        for (int c = 0; c < w; c++) {
            double[] col = new double[rows];
            for (int r = 0, i = c; r < rows; r++, i += w) col[r] = v[i];
            out.add(new NumberColumn(m.columnKeys().get(c), col));
        }
        return new Table(out, rows);
    }

    /** Long form x (column index), y (row index), value, as {@link Shapes#matrix} gives. */
    static Table grid(Matrix m) {
        int n = m.values().length, w = m.columns();
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % w;
            y[i] = i / w;
        }
        return new Table(List.of(new NumberColumn("x", x), new NumberColumn("y", y), new NumberColumn("value", m.values())), n);
    }

    /** Long form rows field, column name, value, row-major, as {@link Shapes#wide} gives. */
    static Optional<Table> wide(Matrix m, DataOption.Wide option, String data, Span span) {
        String rowsName = option.rowsField().text();
        String colsName = option.columnsName().map(n -> n.text()).orElse("column");
        String valueName = option.valueName().map(n -> n.text()).orElse("value");
        if (new HashSet<>(List.of(rowsName, colsName, valueName)).size() != 3) return Optional.empty();
        Optional<Column> rowKeys = typed(rowsName, m.rowKeys(), data, span);
        Optional<Column> colKeys = typed(colsName, m.columnKeys(), data, span);
        if (rowKeys.isEmpty() || colKeys.isEmpty()) return Optional.empty();
        int n = m.values().length, w = m.columns();
        GridOrigin origin = distinctAndPresent(rowKeys.get()) && distinctAndPresent(colKeys.get())
                ? new GridOrigin(rowsName, rowKeys.get(), colsName, colKeys.get(), valueName) : null;
        return Optional.of(new Table(List.of(repeat(rowKeys.get(), n, w, true), repeat(colKeys.get(), n, w, false),
                new NumberColumn(valueName, m.values())), n, origin));
    }

    /** Whether no key is null and none repeats (as boxed values compare: the grid's keys). */
    private static boolean distinctAndPresent(Column keys) {
        HashSet<Object> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) if (keys.isNull(i) || !seen.add(keys.get(i))) return false;
        return true;
    }

    /** Keys typed as the general reader types them; empty if that would warn (the warning counts cells). */
    private static Optional<Column> typed(String name, List<String> keys, String data, Span span) {
        RawColumn raw = new RawColumn(name);
        for (String k : keys) raw.add(k);
        List<Problem> problems = new ArrayList<>();
        Column c = ColumnTyper.type(raw, null, data, span, problems);
        // Text keys mixing number-like ones: the general reader's typing depends on cell order there.
        if (c instanceof StringColumn && keys.stream().anyMatch(k -> !Double.isNaN(Cells.number(k)) || Cells.isNonFinite(k)
                || Cells.isGrouped(k))) return Optional.empty();
        return problems.isEmpty() ? Optional.of(c) : Optional.empty();
    }

    /** Cell i's key: the row's ({@code i / w}) or the column's ({@code i % w}), by reference for text. */
    private static Column repeat(Column keys, int n, int w, boolean byRow) {
        if (keys instanceof StringColumn s) {
            String[] out = new String[n];
            String[] k = s.values();
            if (byRow) for (int r = 0, i = 0; i < n; r++) { java.util.Arrays.fill(out, i, i + w, k[r]); i += w; }
            else for (int i = 0; i < n; i += w) System.arraycopy(k, 0, out, i, w);
            return new StringColumn(s.name(), out);
        }
        if (keys instanceof NumberColumn d) {
            double[] out = new double[n];
            double[] k = d.values();
            if (byRow) for (int r = 0, i = 0; i < n; r++) { java.util.Arrays.fill(out, i, i + w, k[r]); i += w; }
            else for (int i = 0; i < n; i += w) System.arraycopy(k, 0, out, i, w);
            return new NumberColumn(d.name(), out);
        }
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) rows[i] = byRow ? i / w : i % w;
        return keys.select(rows);
    }
}
