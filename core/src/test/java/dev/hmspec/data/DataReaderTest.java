package dev.hmspec.data;

import static org.junit.jupiter.api.Assertions.*;

import dev.hmspec.ast.DataOption;
import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.Name;
import dev.hmspec.ast.Statement;
import dev.hmspec.source.Span;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataReaderTest {
    static final Span PATH = new Span(5, 20);

    static Path dir() {
        try {
            return Path.of(DataReaderTest.class.getResource("/data").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Name name(String s) { return new Name(s, new Span(30, 30 + s.length())); }

    static Statement.Data file(String path, DataOption... options) {
        return new Statement.Data(new DataSource.File(path, PATH), List.of(options), new Span(0, 40));
    }

    static Result<Table> read(String path, DataOption... options) {
        return DataReader.read(file(path, options), dir(), dir());
    }

    static Table ok(String path, DataOption... options) {
        Result<Table> r = read(path, options);
        assertTrue(r.ok(), () -> "problems: " + r.problems());
        return r.value();
    }

    static DataOption.Types types(String field, String type, String pattern) {
        return new DataOption.Types(List.of(new DataOption.TypeDecl(name(field), name(type), Optional.ofNullable(pattern),
                new Span(50, 60))), new Span(45, 60));
    }

    @Test
    void readInfersNumbersAndStringsFromIrisCsv() {
        Table t = ok("iris.csv");
        assertEquals(150, t.rowCount());
        assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width", "species"), t.columnNames());
        assertEquals(FieldType.NUMBER, t.column("sepal_length").type());
        assertEquals(5.1, ((NumberColumn) t.column("sepal_length")).value(0));
        assertEquals("setosa", t.column("species").get(0));
    }

    @Test
    void readHandlesQuotesNegativeExponentsNullsBooleansAndDateForms() {
        Table t = ok("mixed.csv");
        assertEquals("Smith, Jo", t.column("name").get(0));
        NumberColumn score = (NumberColumn) t.column("score");
        assertEquals(-2000.0, score.value(1));
        assertTrue(score.isNull(2), "NA is null");
        assertEquals(FieldType.TEMPORAL, t.column("when").type());
        long[] when = ((TemporalColumn) t.column("when")).values();
        assertEquals(1325376000000L, when[0]); // 2012-01-01T00:00Z
        assertEquals(1325480400000L, when[1]); // 2012-01-02T05:00Z
        assertEquals(1420074000000L, when[2]); // 2015-01-01T01:00Z, no offset means UTC
        assertEquals(FieldType.BOOLEAN, t.column("ok").type());
        assertNull(t.column("ok").get(2));
    }

    @Test
    void readParsesGithubSlashDatetimesAsUtc() {
        Table t = ok("github.csv");
        assertEquals(FieldType.TEMPORAL, t.column("time").type());
        assertEquals(1420074000000L, t.column("time").get(0));
    }

    @Test
    void readSplitsTsvOnTabsAndKeepsNamesWithSpaces() {
        Table t = ok("small.tsv");
        assertEquals(List.of("a", "b c"), t.columnNames());
        assertEquals("y", t.column("b c").get(1));
    }

    @Test
    void readReportsEveryRaggedRowWithItsRowAndLine() {
        Result<Table> r = read("ragged.csv");
        assertFalse(r.ok());
        assertEquals(List.of("ragged.csv row 2 (line 3): 1 values, but the header has 2 columns",
                "ragged.csv row 4 (line 5): 3 values, but the header has 2 columns"),
                r.problems().stream().map(Problem::message).toList());
        assertEquals("HM216", r.problems().get(0).code());
        assertEquals(PATH, r.problems().get(0).span());
    }

    @Test
    void readKeepsJsonKeysInFirstSeenOrderAndNamesVerbatim() {
        Table t = ok("keys.json");
        assertEquals(List.of("Beak Length (mm)", "Species", "nested"), t.columnNames());
        assertTrue(t.column("Beak Length (mm)").isNull(1));
        assertEquals("Gentoo", t.column("Species").get(1));
    }

    @Test
    void readKeepsAMostlyNumericColumnNumericWithOneWarning() {
        Result<Table> r = read("mostly.json");
        assertTrue(r.ok());
        assertEquals(List.of("id", "rating", "label", "extra"), r.value().columnNames());
        NumberColumn rating = (NumberColumn) r.value().column("rating");
        assertTrue(rating.isNull(6));
        assertEquals(4.0, rating.value(7));
        assertEquals(1, r.problems().size());
        Problem w = r.problems().get(0);
        assertTrue(w.warning());
        assertEquals("HM225", w.code());
        assertEquals("mostly.json row 7: \"abc\" in numeric field \"rating\" and 1 more non-numeric value read as null", w.message());
        assertEquals(Optional.of("to keep the texts, declare `types rating: string`"), w.help());
        assertNull(r.value().column("extra").get(0));
        assertEquals(true, r.value().column("extra").get(2));
    }

    @Test
    void readRejectsNestedJsonValuesNamingRowAndField() {
        Result<Table> r = read("nested.json");
        assertEquals("nested.json row 1: field \"b\" holds a nested object or array", r.problems().get(0).message());
        assertEquals("HM218", r.problems().get(0).code());
    }

    @Test
    void readReportsMalformedJsonWithLineAndColumn() {
        Result<Table> r = read("broken.json");
        assertEquals("HM215", r.problems().get(0).code());
        assertTrue(r.problems().get(0).message().startsWith("broken.json line 1, column 18: invalid JSON ("), r.problems().toString());
    }

    @Test
    void readTurnsVolcanoIntoLongXYValueRows() {
        Table t = ok("volcano.json", new DataOption.Matrix(PATH));
        assertEquals(87 * 61, t.rowCount());
        assertEquals(List.of("x", "y", "value"), t.columnNames());
        assertEquals(1.0, t.column("x").get(1));
        assertEquals(0.0, t.column("y").get(1));
        assertEquals(1.0, t.column("y").get(87));
        assertEquals(103.0, t.column("value").get(0));
    }

    @Test
    void readReadsAnArrayOfArraysAsAMatrixEvenWithoutTheOption() {
        Table t = ok("grid.json");
        assertEquals(6, t.rowCount());
        assertEquals(List.of(2.0, 1.0, 6.0), List.of(t.column("x").get(5), t.column("y").get(5), t.column("value").get(5)));
    }

    @Test
    void readRefusesAMatrixWhoseSizeDisagrees() {
        Result<Table> r = read("badmatrix.json", new DataOption.Matrix(PATH));
        assertEquals("badmatrix.json: values has 5 numbers, but width × height = 3 × 2 = 6", r.problems().get(0).message());
    }

    @Test
    void readMeltsAWideTable() {
        Table t = ok("gene.csv", new DataOption.Wide(name("gene"), Optional.of(name("sample")), Optional.empty(), PATH));
        assertEquals(List.of("gene", "sample", "value"), t.columnNames());
        assertEquals(4, t.rowCount());
        assertEquals(List.of("g1", "s2", 2.0), List.of(t.column("gene").get(1), t.column("sample").get(1), t.column("value").get(1)));
        assertTrue(t.column("value").isNull(3));
    }

    @Test
    void readSuggestsTheRowsFieldOfAWideTable() {
        Result<Table> r = read("gene.csv", new DataOption.Wide(name("gen"), Optional.empty(), Optional.empty(), PATH));
        Problem p = r.problems().get(0);
        assertEquals("unknown field \"gen\" in data gene.csv (named by `wide rows`)", p.message());
        assertEquals(Optional.of("did you mean \"gene\"?"), p.help());
        assertEquals(name("gen").span(), p.span());
    }

    @Test
    void readParsesInlineObjectsAndArrays() {
        Object objects = List.of(map("a", 1.0, "b", "x"), map("b", "y", "c", true));
        Result<Table> r = DataReader.read(new Statement.Data(new DataSource.Inline(objects, PATH), List.of(), PATH), dir(), null);
        assertEquals(List.of("a", "b", "c"), r.value().columnNames());
        assertTrue(r.value().column("a").isNull(1));
        Object grid = List.of(List.of(1.0, 2.0), List.of(3.0, 4.0));
        Table m = DataReader.read(new Statement.Data(new DataSource.Inline(grid, PATH), List.of(), PATH), dir(), null).value();
        assertEquals(4.0, m.column("value").get(3));
        Result<Table> bad = DataReader.read(new Statement.Data(new DataSource.Inline("x", PATH), List.of(), PATH), dir(), null);
        assertEquals("inline data must be an array of objects or an array of arrays, found a string", bad.problems().get(0).message());
    }

    static java.util.Map<String, Object> map(Object... kv) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void readAppliesDeclaredTypesWithStrftimePatterns() {
        Table t = ok("dates-good.csv", types("day", "temporal", "%d/%m/%Y"), types("n", "string", null));
        assertEquals(1580515200000L, t.column("day").get(0)); // 2020-02-01T00:00Z
        assertEquals(FieldType.STRING, t.column("n").type());
        Table java = ok("dates-good.csv", types("day", "temporal", "dd/MM/yyyy"));
        assertEquals(1609372800000L, java.column("day").get(1)); // 2020-12-31T00:00Z
    }

    @Test
    void readReportsValuesThatDoNotFitTheirDeclaredType() {
        Result<Table> r = read("dates.csv", types("day", "temporal", "%d/%m/%Y"));
        assertEquals(1, r.problems().size());
        assertEquals("dates.csv row 3: \"xx\" is not a temporal (field \"day\" is declared temporal)", r.problems().get(0).message());
        assertEquals("HM229", r.problems().get(0).code());
        Result<Table> many = read("iris.csv", types("species", "number", null));
        assertEquals("iris.csv: 150 values of field \"species\" are not numbers: row 1 \"setosa\", row 2 \"setosa\", "
                + "row 3 \"setosa\", row 4 \"setosa\", row 5 \"setosa\" and 145 more", many.problems().get(0).message());
    }

    @Test
    void readSuggestsUnknownTypedFieldsAndTypeNames() {
        Result<Table> r = read("iris.csv", types("specis", "strng", null));
        assertEquals("unknown field type \"strng\"", r.problems().get(0).message());
        assertEquals(Optional.of("did you mean \"string\"?"), r.problems().get(0).help());
        Result<Table> f = read("iris.csv", types("specis", "string", null));
        assertEquals(Optional.of("did you mean \"species\"?"), f.problems().get(0).help());
        Result<Table> p = read("iris.csv", types("species", "temporal", "%Q"));
        assertTrue(p.problems().get(0).message().startsWith("invalid date pattern \"%Q\": unsupported directive %Q"));
    }

    @Test
    void readNamesTheResolvedPathAndSuggestsASiblingWhenAFileIsMissing() {
        Result<Table> r = read("iris.cvs");
        Problem p = r.problems().get(0);
        assertEquals("HM211", p.code());
        assertEquals("data file \"iris.cvs\" not found (looked for " + DataPaths.display(dir().resolve("iris.cvs")) + ")", p.message());
        assertEquals(Optional.of("did you mean \"iris.csv\"?"), p.help());
    }

    @Test
    void readRefusesPathsThatLeaveTheAllowedRoot() {
        Result<Table> r = read("../outside.csv");
        Problem p = r.problems().get(0);
        assertEquals("HM210", p.code());
        assertTrue(p.message().startsWith("data path \"../outside.csv\" resolves to "), p.message());
        assertTrue(p.message().endsWith(", outside the allowed folder " + DataPaths.display(dir())), p.message());
    }

    @Test
    void readRefusesASymlinkThatPointsOutsideTheRoot(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path root = java.nio.file.Files.createDirectory(tmp.resolve("root"));
        Path secret = java.nio.file.Files.writeString(tmp.resolve("secret.csv"), "a\n1\n");
        java.nio.file.Files.createSymbolicLink(root.resolve("link.csv"), secret);
        Result<Table> r = DataReader.read(file("link.csv"), root, root);
        assertEquals("HM210", r.problems().get(0).code());
        assertTrue(DataReader.read(file("link.csv"), root, null).ok(), "no root means any path is allowed");
    }

    @Test
    void readUsesTheFormatOptionOverTheExtensionAndSuggestsFormats() {
        Result<Table> r = read("iris.csv", new DataOption.Format(name("jsn"), PATH));
        assertEquals("unknown data format \"jsn\"", r.problems().get(0).message());
        assertEquals(Optional.of("did you mean \"json\"?"), r.problems().get(0).help());
        Result<Table> wrong = read("iris.csv", new DataOption.Format(name("json"), PATH));
        assertEquals("HM215", wrong.problems().get(0).code());
        assertEquals("cannot tell the format of \"x.dat\" from its extension", read("x.dat").problems().get(0).message());
    }
}
