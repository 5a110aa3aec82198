package dev.hmspec.tiles;

import dev.hmspec.data.matrix.Irregular;
import dev.hmspec.data.matrix.MatrixCsvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A wide or headerless CSV/TSV matrix as a {@link MatrixSource}: rows parsed one at a time by
 * {@link MatrixCsvReader.RowStream}, so the pyramid is built in memory of one row plus the row
 * keys. The row count comes from a first pass counting lines. Decimal text is rarely exact in
 * float32, so full-resolution tiles carry float64 (hover then shows the file's value).
 */
public final class CsvMatrixSource implements MatrixSource {
    /** A line that is not plain numbers stops the build; the caller reports where. */
    public static final class IrregularRow extends IOException {
        private final transient Irregular irregular;

        IrregularRow(Irregular irregular) {
            super(irregular.toString());
            this.irregular = irregular;
        }

        public Irregular irregular() { return irregular; }
    }

    private final MatrixCsvReader.RowStream stream;
    private final int rows, columns;

    private CsvMatrixSource(MatrixCsvReader.RowStream stream, int rows, int columns) {
        this.stream = stream;
        this.rows = rows;
        this.columns = columns;
    }

    /** Opens {@code file} of {@code rows} data rows and {@code columns} value columns (from {@link CsvShape}). */
    public static CsvMatrixSource open(Path file, MatrixCsvReader.Options options, int rows, int columns) throws IOException {
        MatrixCsvReader.RowStream s = MatrixCsvReader.stream(file, options);
        if (s.irregular() != null) {
            s.close();
            throw new IrregularRow(s.irregular());
        }
        return new CsvMatrixSource(s, rows, columns);
    }

    @Override public int rows() { return rows; }

    @Override public int columns() { return columns; }

    @Override public boolean exactInFloat32() { return false; }

    @Override public void readRow(double[] row) throws IOException {
        if (stream.next(row)) return;
        Irregular why = stream.irregular();
        throw new IrregularRow(why != null ? why : new Irregular(Irregular.Kind.RAGGED, 0, 0, "fewer rows than lines"));
    }

    /** The key column's values, in file order (complete once every row is read). */
    public List<String> rowKeys() { return stream.rowKeys(); }

    @Override public void close() throws IOException { stream.close(); }
}
