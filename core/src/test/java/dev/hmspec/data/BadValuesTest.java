package dev.hmspec.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.Statement;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.render.json.SceneJson;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad data values are drawn right or reported, never silently wrong (issue 11, item 3). */
class BadValuesTest {
    @TempDir Path dir;

    private Result<Table> read(String name, byte[] bytes) throws Exception {
        Files.write(dir.resolve(name), bytes);
        return DataReader.read(new Statement.Data(new DataSource.File(name, Span.NONE), List.of(), Span.NONE), dir, dir);
    }

    private Result<Table> read(String name, String text) throws Exception {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String messages(Result<?> r) {
        return r.problems().stream().map(p -> p.code() + " " + p.message()).collect(Collectors.joining("\n"));
    }

    @Test
    void extremeValuesDrawThreeColorsWithTicksAndNoCellAsNoData() throws Exception {
        String spec = "heatmap \"t\" {\n  data values [{\"a\":\"p\",\"b\":\"q\",\"v\":1e308},{\"a\":\"r\",\"b\":\"q\",\"v\":-1e308},"
                + "{\"a\":\"p\",\"b\":\"s\",\"v\":0},{\"a\":\"r\",\"b\":\"s\",\"v\":1}]\n  x a\n  y b\n  color v\n}\n";
        Compiled c = Hmspec.compile(SourceFile.of("t.hmspec", spec), CompileOptions.defaults());
        assertTrue(c.scene().isPresent(), c.diagnostics().toString());
        JsonNode scene = new ObjectMapper().readTree(SceneJson.render(c.scene().get()));
        JsonNode grid = scene.findParent("columnEdges");
        Set<String> colors = new HashSet<>();
        grid.get("colors").forEach(n -> colors.add(n.asText()));
        assertEquals(3, colors.size(), "1e308, -1e308 and 0 ≈ 1 get three colors: " + grid.get("colors"));
        JsonNode key = scene.findValue("runtime").get("color");
        int noData = key.get("noData").asInt();
        key.get("colors").forEach(n -> assertTrue(n.asInt() != noData, "the page's color key maps a value to no-data"));
        List<String> texts = new ArrayList<>();
        scene.findValues("text").forEach(n -> texts.add(n.asText()));
        assertTrue(texts.containsAll(List.of("-1e+308", "0", "1e+308")), "colorbar ticks: " + texts);
    }

    @Test
    void readKeepsANumericColumnNumericAndWarnsAboutInfinityGroupedNumbersAndAStrayWord() throws Exception {
        Result<Table> r = read("v.csv", "a,v\np,1\nq,Infinity\nr,\"1,000\"\ns,oops\nt,2\nu,-inf\nv,3\nw,1e400\nx,4\n");
        assertTrue(r.ok(), messages(r));
        assertEquals(FieldType.NUMBER, r.value().column("v").type(), messages(r));
        NumberColumn v = (NumberColumn) r.value().column("v");
        assertTrue(v.isNull(1) && v.isNull(2) && v.isNull(3) && v.isNull(5) && v.isNull(7), "odd cells are missing");
        assertEquals(4.0, v.value(8));
        assertEquals("HM340 v.csv row 2: \"Infinity\" in numeric field \"v\" is not a finite number; treated as missing (and 2 more cells)\n"
                + "HM341 v.csv row 3: \"1,000\" in numeric field \"v\" has a thousands separator; treated as missing\n"
                + "HM225 v.csv row 4: \"oops\" in numeric field \"v\" read as null", messages(r));
        assertTrue(r.problems().stream().allMatch(Problem::warning));
    }

    @Test
    void readKeepsAMostlyNumericSmallColumnNumericDespiteOneStrayWord() throws Exception {
        Result<Table> r = read("w.csv", "a,v\np,1\nq,2\nr,n/a\n");
        assertEquals(FieldType.NUMBER, r.value().column("v").type(), messages(r));
        assertEquals("HM225 w.csv row 3: \"n/a\" in numeric field \"v\" read as null", messages(r));
    }

    @Test
    void readOfLatin1TextDecodesWindows1252AndNamesTheFirstBadByte() throws Exception {
        Result<Table> r = read("l.csv", "name,v\nabc,1\ncaf\u00e9,2\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(r.ok(), messages(r));
        assertEquals("caf\u00e9", r.value().column("name").get(1));
        assertEquals("HM343 l.csv line 3, column 4: byte 0xE9 is not UTF-8; the file was read as Windows-1252 (Latin-1)", messages(r));
    }

    @Test
    void readOfJsonThatIsNotUtf8NamesTheLineAndColumnOfTheBadByte() throws Exception {
        Result<Table> r = read("l.json", "[{\"a\": \"x\"},\n {\"a\": \"caf\u00e9\"}]".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("HM347 l.json line 2, column 12: byte 0xE9 is not UTF-8", messages(r));
    }

    @Test
    void compileOfAnAllNaNColorFieldWarnsThatEveryCellShowsNoData() throws Exception {
        Files.writeString(dir.resolve("n.csv"), "a,b,v\np,q,NaN\nr,s,NaN\n");
        Files.writeString(dir.resolve("n.hmspec"), "heatmap \"t\" {\n  data \"n.csv\"\n  x a\n  y b\n  color v\n}\n");
        Compiled c = Hmspec.compile(dir.resolve("n.hmspec"), CompileOptions.defaults());
        List<String> codes = c.diagnostics().stream().map(d -> d.code() + "@" + d.line() + ":" + d.column()).toList();
        assertEquals(List.of("HM344@5:9"), codes);
        Diagnostic d = c.diagnostics().get(0);
        assertFalse(d.isError());
        assertTrue(d.message().contains("\"v\" has no value in any of its 2 rows"), d.message());
    }

    @Test
    void readOfJsonWithTrailingContentIsAnErrorWithItsPosition() throws Exception {
        Result<Table> r = read("t.json", "[{\"a\": 1}]\n[{\"a\": 2}]\n");
        assertFalse(r.ok());
        assertEquals("HM345 t.json line 2, column 1: unexpected content after the end of the JSON value", messages(r));
        Result<Table> grid = read("g.json", "[[1, 2], [3, 4]] junk");
        assertFalse(grid.ok());
        assertTrue(messages(grid).startsWith("HM215 g.json line 1, column 18"), messages(grid));
    }

    @Test
    void readOfJsonWithADuplicateKeyIsAnErrorWithItsPosition() throws Exception {
        Result<Table> r = read("d.json", "[{\"a\": 1, \"b\": 2},\n {\"a\": 3, \"a\": 4}]");
        assertFalse(r.ok());
        assertTrue(messages(r).startsWith("HM215 d.json line 2, column "), messages(r));
        assertTrue(messages(r).contains("Duplicate field 'a'"), messages(r));
    }
}
