package dev.hmspec.data.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelReadTest {
    @TempDir Path dir;

    /** A wide table: key column "gene" third, numbers in every notation the reader takes, missing cells, CRLF or LF. */
    private static String wide(int rows, int columns, String eol, boolean finalEol) {
        Random r = new Random(rows * 31L + columns);
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < columns; c++) b.append(c == 2 ? "gene," : "") .append("s").append(c).append(c < columns - 1 ? "," : "");
        b.append(eol);
        for (int i = 0; i < rows; i++) {
            for (int c = 0; c < columns; c++) {
                if (c == 2) b.append("g").append(i).append(',');
                int kind = r.nextInt(6);
                b.append(kind == 0 ? "NA" : kind == 1 ? String.valueOf(r.nextGaussian()) : kind == 2 ? String.format("%.4f", r.nextDouble())
                        : kind == 3 ? (r.nextInt(2000) - 1000) + "e-3" : kind == 4 ? "" : String.valueOf(r.nextInt()));
                if (c < columns - 1) b.append(',');
            }
            if (i < rows - 1 || finalEol) b.append(eol);
        }
        return b.toString();
    }

    private Matrix sequential(String text, MatrixCsvReader.Options o) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        var out = MatrixCsvReader.read(new ByteArrayInputStream(bytes), bytes.length, o);
        return assertInstanceOf(MatrixCsvReader.Parsed.class, out).matrix();
    }

    private MatrixCsvReader.Outcome parallel(String text, MatrixCsvReader.Options o, int parts) throws Exception {
        Path f = dir.resolve("m.csv");
        Files.writeString(f, text);
        return ParallelRead.read(f, Files.size(f), o, parts);
    }

    private void assertSame(Matrix a, Matrix b) {
        assertEquals(a.rows(), b.rows());
        assertEquals(a.columns(), b.columns());
        assertEquals(a.rowKeys(), b.rowKeys());
        assertEquals(a.columnKeys(), b.columnKeys());
        long[] x = java.util.Arrays.stream(a.values()).mapToLong(Double::doubleToRawLongBits).toArray();
        long[] y = java.util.Arrays.stream(b.values()).mapToLong(Double::doubleToRawLongBits).toArray();
        assertArrayEquals(x, y); // bit for bit, NaN cells included
    }

    @Test void rangesGiveTheMatrixOnePassGives() throws Exception {
        var o = MatrixCsvReader.Options.wide(',', "gene");
        for (String eol : new String[] {"\n", "\r\n"}) {
            for (boolean finalEol : new boolean[] {true, false}) {
                String text = wide(997, 13, eol, finalEol);
                Matrix one = sequential(text, o);
                for (int parts : new int[] {2, 3, 7, 50}) {
                    var out = parallel(text, o, parts);
                    assertSame(one, assertInstanceOf(MatrixCsvReader.Parsed.class, out, "parts " + parts).matrix());
                }
            }
        }
    }

    @Test void headerlessGridsAndNumberTablesToo() throws Exception {
        String text = wide(500, 9, "\n", true);
        String grid = text.substring(text.indexOf('\n') + 1).replaceAll("g\\d+,", "");
        assertSame(sequential(grid, MatrixCsvReader.Options.grid(',')),
                ((MatrixCsvReader.Parsed) parallel(grid, MatrixCsvReader.Options.grid(','), 4)).matrix());
        String numbers = "x,y,v\n" + grid.replaceAll("(?m)^([^,]*,[^,]*,[^,]*),.*$", "$1");
        assertSame(sequential(numbers, MatrixCsvReader.Options.numbers(',')),
                ((MatrixCsvReader.Parsed) parallel(numbers, MatrixCsvReader.Options.numbers(','), 5)).matrix());
    }

    @Test void anIrregularLineInAnyRangeGivesUpSoTheOnePassNamesIt() throws Exception {
        String text = wide(400, 5, "\n", true);
        int late = text.length() * 3 / 4;
        int lineStart = text.indexOf('\n', late) + 1;
        String broken = text.substring(0, lineStart) + "oops," + text.substring(lineStart);
        assertNull(parallel(broken, MatrixCsvReader.Options.wide(',', "gene"), 4));
        String blank = text.substring(0, lineStart) + "\n" + text.substring(lineStart);
        assertNull(parallel(blank, MatrixCsvReader.Options.wide(',', "gene"), 4));
    }
}
