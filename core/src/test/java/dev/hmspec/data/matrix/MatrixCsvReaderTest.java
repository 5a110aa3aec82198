package dev.hmspec.data.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MatrixCsvReaderTest {
    static MatrixCsvReader.Outcome read(byte[] bytes, char sep, String key) {
        try {
            MatrixCsvReader.Options o = key == null ? MatrixCsvReader.Options.grid(sep) : key.isEmpty()
                    ? MatrixCsvReader.Options.numbers(sep) : MatrixCsvReader.Options.wide(sep, key);
            return MatrixCsvReader.read(new ByteArrayInputStream(bytes), bytes.length, o);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static MatrixCsvReader.Outcome read(String text, String key) { return read(text.getBytes(StandardCharsets.UTF_8), ',', key); }

    static Matrix ok(String text, String key) {
        MatrixCsvReader.Outcome o = read(text, key);
        assertInstanceOf(MatrixCsvReader.Parsed.class, o, () -> o.toString());
        return ((MatrixCsvReader.Parsed) o).matrix();
    }

    /** key: null for a headerless grid, "" for a header without a key column, else the key column. */
    static Irregular irregular(String text, String key) {
        MatrixCsvReader.Outcome o = read(text, key);
        assertInstanceOf(Irregular.class, o, () -> o.toString());
        return (Irregular) o;
    }

    @Test
    void readKeepsRowKeysHeaderNamesAndValuesRowMajorWithoutTheKeyColumn() {
        Matrix m = ok("a,gene,b\n1,g1,2\n3.5,g2,-4e-1\n", "gene");
        assertEquals(List.of("g1", "g2"), m.rowKeys());
        assertEquals(List.of("a", "b"), m.columnKeys());
        assertArrayEquals(new double[] {1, 2, 3.5, -0.4}, m.values());
        assertEquals(-0.4, m.value(1, 1));
    }

    @Test
    void readTurnsMissingTokensAndEmptyCellsIntoNaNAndIgnoresSurroundingSpaces() {
        Matrix m = ok("k,a,b,c,d,e\nr, 1.5 ,,NA,null, NaN\n", "k");
        assertEquals(1.5, m.values()[0]);
        for (int i = 1; i < 5; i++) assertTrue(Double.isNaN(m.values()[i]), "cell " + i);
    }

    @Test
    void readAcceptsCrlfAByteOrderMarkAndNoFinalNewlineButNotBlankLines() {
        assertEquals(List.of("r1", "r2"), ok("\uFEFFk,a\r\nr1,1\r\nr2,2\r\n", "k").rowKeys());
        assertEquals(new Irregular(Irregular.Kind.RAGGED, 4, 0, "blank line"), irregular("k,a\nr1,1\nr2,2\n\n", "k"));
        assertEquals(new Irregular(Irregular.Kind.RAGGED, 3, 0, "blank line"), irregular("k,a\nr1,1\n\nr2,2\n", "k"));
        Matrix m = ok("\uFEFFk,a\r\nr1,1\r\nr2,2", "k");
        assertEquals(List.of("a"), m.columnKeys());
        assertEquals(List.of("r1", "r2"), m.rowKeys());
        assertArrayEquals(new double[] {1, 2}, m.values());
    }

    @Test
    void readSplitsTsvOnTabsAndKeepsUtf8Keys() {
        Matrix m = ((MatrixCsvReader.Parsed) read("k\tprotéine\nß\t7\n".getBytes(StandardCharsets.UTF_8), '\t', "k")).matrix();
        assertEquals(List.of("protéine"), m.columnKeys());
        assertEquals(List.of("ß"), m.rowKeys());
        assertArrayEquals(new double[] {7}, m.values());
    }

    @Test
    void readReadsAHeaderlessGridByIndex() {
        Matrix m = ok("1,2,3\n4,5,6\n", null);
        assertEquals(2, m.rows());
        assertEquals(3, m.columns());
        assertTrue(m.rowKeys().isEmpty() && m.columnKeys().isEmpty());
        assertEquals(6.0, m.value(1, 2));
    }

    @Test
    void readReadsATableOfNumbersUnderAHeaderWithoutAKeyColumn() {
        Matrix m = ok("x,y,value\n0,0,1.5\n1,0,NA\n", "");
        assertEquals(List.of("x", "y", "value"), m.columnKeys());
        assertTrue(m.rowKeys().isEmpty());
        assertEquals(2, m.rows());
        assertEquals(1.0, m.value(1, 0));
        assertTrue(Double.isNaN(m.value(1, 2)));
        assertEquals(Irregular.Kind.NOT_A_NUMBER, irregular("x,k\n1,a\n", "").kind());
    }

    @Test
    void readCrossesBufferBoundariesAndGrowsForLinesLongerThanTheBuffer() {
        int cols = 300_000; // one line of ~2.1 MB: longer than the 1 MB window
        StringBuilder sb = new StringBuilder("k");
        for (int c = 0; c < cols; c++) sb.append(",c").append(c);
        sb.append('\n');
        for (int r = 0; r < 3; r++) {
            sb.append('r').append(r);
            for (int c = 0; c < cols; c++) sb.append(',').append(r * cols + c).append(".25");
            sb.append('\n');
        }
        Matrix m = ok(sb.toString(), "k");
        assertEquals(3, m.rows());
        assertEquals(cols, m.columns());
        for (int i = 0; i < m.values().length; i++) assertEquals(i + 0.25, m.values()[i], "cell " + i);
    }

    @Test
    void readGivesTheSameDoubleAsParseDoubleForEveryNumberForm() {
        qt().withFixedSeed(8L).withExamples(20_000).forAll(doubles().any(), integers().between(0, 5)).check((d, form) -> {
            if (Double.isNaN(d) || Double.isInfinite(d)) return true;
            String s = switch (form) {
                case 0 -> Double.toString(d);
                case 1 -> String.format(Locale.ROOT, "%.4f", d);
                case 2 -> String.format(Locale.ROOT, "%.17e", d);
                case 3 -> String.format(Locale.ROOT, "%.3E", d);
                case 4 -> String.valueOf((long) (d % 1e15)) + ".";
                default -> "00" + String.format(Locale.ROOT, "%.9f", Math.abs(d) % 1000).replace("0.", ".");
            };
            Matrix m = ok("k,v\nr," + s + "\n", "k");
            return Double.doubleToRawLongBits(m.values()[0]) == Double.doubleToRawLongBits(Double.parseDouble(s));
        });
    }

    @Test
    void readKeepsTheSignOfNegativeZeroAndTakesAPlusSign() {
        Matrix m = ok("k,a,b,c\nr,-0,+.5,-0.0e3\n", "k");
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(m.values()[0]));
        assertEquals(0.5, m.values()[1]);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(m.values()[2]));
    }

    @Test
    void readNamesTheLineFieldAndTextOfACellThatIsNotANumber() {
        Irregular i = irregular("k,a,b\nr1,1,2\nr2,3,oops\n", "k");
        assertEquals(new Irregular(Irregular.Kind.NOT_A_NUMBER, 3, 3, "oops"), i);
    }

    @Test
    void readRefusesNumbersBeyondADoubleGroupedNumbersAndInfinityWords() {
        for (String cell : List.of("1e400", "1,000", "Infinity", "-inf", "nan", "1.2.3", ".", "1e", "0x10", "1d")) {
            String text = "k,v\nr," + (cell.contains(",") ? "\"" + cell + "\"" : cell) + "\n";
            Irregular i = irregular(text, "k");
            assertTrue(i.kind() == Irregular.Kind.NOT_A_NUMBER || i.kind() == Irregular.Kind.QUOTED, cell + ": " + i);
        }
    }

    @Test
    void readNamesRaggedLinesQuotesDuplicateHeadersAndAMissingKeyColumn() {
        assertEquals(Irregular.Kind.RAGGED, irregular("k,a,b\nr1,1\n", "k").kind());
        assertEquals(2, irregular("k,a,b\nr1,1,2,3\n", "k").line());
        assertEquals(Irregular.Kind.RAGGED, irregular("k,a,b\nr1,1,2,3\n", "k").kind());
        assertEquals(Irregular.Kind.QUOTED, irregular("k,\"a\"\nr1,1\n", "k").kind());
        assertEquals(new Irregular(Irregular.Kind.DUPLICATE_HEADER, 1, 3, "a"), irregular("k,a,a\nr,1,2\n", "k"));
        assertEquals(Irregular.Kind.NO_KEY_COLUMN, irregular("k,a\nr,1\n", "gene").kind());
        assertEquals(Irregular.Kind.EMPTY, irregular("k,a\n", "k").kind());
        assertEquals(Irregular.Kind.RAGGED, irregular("1,2\n3\n", null).kind());
    }

    @Test
    void readRefusesKeysThatAreNotUtf8() {
        byte[] latin1 = "k,a\nprot\u00e9ine,1\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Irregular.Kind.NOT_UTF8, ((Irregular) read(latin1, ',', "k")).kind());
    }
}
