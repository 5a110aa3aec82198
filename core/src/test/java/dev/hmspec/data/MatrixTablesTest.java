package dev.hmspec.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.ast.DataOption;
import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.Name;
import dev.hmspec.ast.Statement;
import dev.hmspec.source.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed matrix path gives the table the general reader gives (same columns, types and
 * values, bit for bit), and leaves every irregular file to the general reader, whose positioned
 * diagnostics are the reference.
 */
class MatrixTablesTest {
    @TempDir Path dir;

    static final Span SPAN = new Span(5, 20);

    static Name name(String s) { return new Name(s, new Span(30, 30 + s.length())); }

    Statement.Data data(String file, String content, DataOption option) throws Exception {
        Files.writeString(dir.resolve(file), content);
        return new Statement.Data(new DataSource.File(file, SPAN), List.of(option), new Span(0, 40));
    }

    static DataOption wide(String rows) {
        return new DataOption.Wide(name(rows), Optional.of(name("sample")), Optional.empty(), SPAN);
    }

    /** Reads both ways, checks the fast path was taken and gave the same table; returns it. */
    Table same(Statement.Data stmt) {
        assertTrue(MatrixTables.read(stmt, dir, dir).table().isPresent(), () -> MatrixTables.read(stmt, dir, dir).note());
        Result<Table> fast = DataReader.read(stmt, dir, dir, true), general = DataReader.read(stmt, dir, dir, false);
        assertEquals(general.problems(), fast.problems());
        Table a = general.value(), b = fast.value();
        assertEquals(a.columnNames(), b.columnNames());
        assertEquals(a.rowCount(), b.rowCount());
        for (Column c : a.columns()) {
            Column d = b.column(c.name());
            assertEquals(c.type(), d.type(), c.name());
            if (c instanceof NumberColumn n) {
                double[] x = n.values(), y = ((NumberColumn) d).values();
                for (int i = 0; i < x.length; i++) {
                    assertEquals(Double.doubleToLongBits(x[i]), Double.doubleToLongBits(y[i]), c.name() + " row " + i);
                }
            } else {
                for (int i = 0; i < c.size(); i++) assertEquals(c.get(i), d.get(i), c.name() + " row " + i);
            }
        }
        return b;
    }

    /** The fast path declines and the general reader's problems come out. */
    List<Problem> declined(Statement.Data stmt) {
        assertFalse(MatrixTables.read(stmt, dir, dir).table().isPresent());
        Result<Table> r = DataReader.read(stmt, dir, dir);
        assertEquals(DataReader.read(stmt, dir, dir, false).problems(), r.problems());
        return r.problems();
    }

    @Test
    void aWideCsvOfNumbersGivesTheGeneralReadersTable() throws Exception {
        Table t = same(data("w.csv", "gene,s2,s1,s3\ng1,1,2.5,-3e2\ng2,NA,, 6 \ng1,7,8,9\n", wide("gene")));
        assertEquals(List.of("gene", "sample", "value"), t.columnNames());
        assertEquals(9, t.rowCount());
        assertEquals(List.of("g2", "s1"), List.of(t.column("gene").get(4), t.column("sample").get(4)));
    }

    @Test
    void numericKeysAndHeadersStayNumbersAsTheGeneralReaderTypesThem() throws Exception {
        Table t = same(data("y.csv", "id,2001,2002\n7,1,2\n8,3,4\n", wide("id")));
        assertEquals(FieldType.NUMBER, t.column("id").type());
        assertEquals(FieldType.NUMBER, t.column("sample").type());
    }

    @Test
    void theKeyColumnMayStandAnywhereAndTsvWorks() throws Exception {
        same(data("t.tsv", "a\tgene\tb\n1\tg1\t2\n3\tg2\t4\n", wide("gene")));
    }

    @Test
    void aHeaderlessMatrixCsvGivesXYValueByIndex() throws Exception {
        Table t = same(data("m.csv", "1,2,3\n4,NA,6\n", new DataOption.Matrix(SPAN)));
        assertEquals(List.of("x", "y", "value"), t.columnNames());
        assertArrayEquals(new double[] {0, 1, 2, 0, 1, 2}, ((NumberColumn) t.column("x")).values());
    }

    @Test
    void theValueColumnIsTheStreamedArrayAndKeysAreSharedNotCopiedPerCell() throws Exception {
        Table t = same(data("w.csv", "gene,a,b\ng1,1,2\ng2,3,4\n", wide("gene")));
        assertSame(t.column("gene").get(0), t.column("gene").get(1));
        assertSame(t.column("sample").get(0), t.column("sample").get(2));
    }

    @Test
    void aCsvOfNumbersGivesOneNumberColumnPerHeaderName() throws Exception {
        Files.writeString(dir.resolve("l.csv"), "x,y,value\n0,0,1.5\n1,0,NA\n0,1,-2\n");
        Table t = same(new Statement.Data(new DataSource.File("l.csv", SPAN), List.of(), new Span(0, 40)));
        assertEquals(List.of("x", "y", "value"), t.columnNames());
        assertArrayEquals(new double[] {0, 0, 1}, ((NumberColumn) t.column("y")).values());
    }

    @Test
    void aCsvWithTextGoesToTheGeneralReader() throws Exception {
        Files.writeString(dir.resolve("t.csv"), "k,v\na,1\n");
        declined(new Statement.Data(new DataSource.File("t.csv", SPAN), List.of(), new Span(0, 40)));
    }

    @Test
    void aNonNumericCellGetsTheGeneralReadersWarningWithItsRowAndField() throws Exception {
        List<Problem> p = declined(data("w.csv", "gene,a,b\ng1,1,2\ng2,3,oops\ng3,5,6\n", wide("gene")));
        assertEquals(1, p.size());
        assertEquals("HM225", p.get(0).code());
        assertEquals("w.csv row 2: \"oops\" in numeric field \"value\" read as null", p.get(0).message());
    }

    @Test
    void aRaggedRowOrABlankLineGetsItsRowAndLine() throws Exception {
        List<Problem> short_ = declined(data("s.csv", "gene,a,b\ng1,1,2\ng2,3\n", wide("gene")));
        assertEquals("s.csv row 2 (line 3): 2 values, but the header has 3 columns", short_.get(0).message());
        List<Problem> p = declined(data("w.csv", "gene,a,b\ng1,1,2\n\ng2,3\n", wide("gene")));
        assertEquals("HM216", p.get(0).code());
        assertEquals("w.csv row 2 (line 3): 1 values, but the header has 3 columns", p.get(0).message());
    }

    @Test
    void aRepeatedHeaderNameIsTheGeneralReadersError() throws Exception {
        List<Problem> p = declined(data("w.csv", "gene,a,a\ng1,1,2\n", wide("gene")));
        assertEquals("HM219", p.get(0).code());
    }

    @Test
    void crlfLinesGiveTheSameTableAndBlankLinesAtTheEndAreTheGeneralReadersRaggedRows() throws Exception {
        assertEquals(2, same(data("w.csv", "gene,a\r\ng1,1\r\ng2,2\r\n", wide("gene"))).rowCount());
        assertEquals("HM216", declined(data("b.csv", "gene,a\ng1,1\n\n", wide("gene"))).get(0).code());
    }

    @Test
    void repeatedRowKeysAreKeptAsTheGeneralReaderKeepsThem() throws Exception {
        Table t = same(data("w.csv", "gene,a\ng1,1\ng1,2\n", wide("gene")));
        assertEquals(2, t.rowCount());
    }

    @Test
    void anUnknownRowsFieldIsStillSuggested() throws Exception {
        List<Problem> p = declined(data("w.csv", "gene,a\ng1,1\n", wide("gen")));
        assertEquals(Optional.of("did you mean \"gene\"?"), p.get(0).help());
    }

    @Test
    void quotedFieldsAndMixedKeysGoToTheGeneralReader() throws Exception {
        declined(data("q.csv", "gene,\"a\"\ng1,1\n", wide("gene")));
        declined(data("k.csv", "gene,a,b\n1,1,2\nx,3,4\n2020-01-01,5,6\n", wide("gene")));
    }
}
