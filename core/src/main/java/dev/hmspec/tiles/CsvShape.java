package dev.hmspec.tiles;

import dev.hmspec.ast.DataOption;
import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.data.DataFormat;
import dev.hmspec.data.DataPaths;
import dev.hmspec.data.matrix.MatrixCsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A CSV/TSV matrix input ({@code data "m.csv" wide rows gene …} or {@code … matrix}) and its size,
 * found without parsing a cell: the header (or the first line) gives the columns, a count of
 * lines the rows. {@code wide} is null for a headerless {@code matrix} grid.
 */
record CsvShape(DataSource.File source, Path file, MatrixCsvReader.Options options, DataOption.Wide wide,
                List<String> columnKeys, int rows, int columns) {
    CsvShape { columnKeys = List.copyOf(columnKeys); }

    long cells() { return (long) rows * columns; }

    /** The field names the view sees: rows, columns and value for a wide table; y, x and value for a grid. */
    String rowsField() { return wide == null ? "y" : wide.rowsField().text(); }

    String columnsField() { return wide == null ? "x" : wide.columnsName().map(n -> n.text()).orElse("column"); }

    String valueField() { return wide == null ? "value" : wide.valueName().map(n -> n.text()).orElse("value"); }

    /** The CSV/TSV file and the wide/matrix option of a view, if it reads one (no types, no glob). */
    static Optional<Form> form(View view) {
        Optional<Statement.Data> data = view.last(Statement.Data.class);
        if (data.isEmpty() || !(data.get().source() instanceof DataSource.File f) || DataPaths.isGlob(f.path())) {
            return Optional.empty();
        }
        Optional<DataFormat> format = DataFormat.fromPath(f.path());
        DataOption.Wide wide = null;
        boolean matrix = false;
        for (DataOption o : data.get().options()) {
            if (o instanceof DataOption.Wide w) wide = w;
            else if (o instanceof DataOption.Matrix) matrix = true;
            else if (o instanceof DataOption.Format fo) format = DataFormat.parse(fo.format().text());
            else return Optional.empty();
        }
        if (matrix == (wide != null) || format.isEmpty()) return Optional.empty();
        if (format.get() != DataFormat.CSV && format.get() != DataFormat.TSV) return Optional.empty();
        char sep = format.get() == DataFormat.TSV ? '\t' : ',';
        return Optional.of(new Form(f, wide, matrix ? MatrixCsvReader.Options.grid(sep)
                : MatrixCsvReader.Options.wide(sep, wide.rowsField().text())));
    }

    record Form(DataSource.File source, DataOption.Wide wide, MatrixCsvReader.Options options) {}

    /**
     * The shape of {@code file}, or empty when the file has at most {@code threshold} bytes (a cell
     * takes at least one byte, so it cannot pass the threshold) or its header is not plain.
     */
    static Optional<CsvShape> measure(Form form, Path file, long threshold) throws IOException {
        if (Files.size(file) <= threshold) return Optional.empty();
        long lines = MatrixCsvReader.dataLines(file, form.options().header());
        List<String> keys = List.of();
        long columns;
        if (form.options().header()) {
            try (MatrixCsvReader.RowStream s = MatrixCsvReader.stream(file, form.options())) {
                if (s.irregular() != null) return Optional.empty();
                keys = s.columnKeys();
                columns = keys.size();
            }
        } else {
            columns = firstLineFields(file, (byte) form.options().separator());
        }
        if (lines > Integer.MAX_VALUE || columns == 0 || lines == 0) return Optional.empty();
        return Optional.of(new CsvShape(form.source(), file, form.options(), form.wide(), keys, (int) lines, (int) columns));
    }

    private static long firstLineFields(Path file, byte sep) throws IOException {
        long n = 1;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') return n;
                    if (buf[i] == sep) n++;
                }
            }
        }
        return n;
    }
}
