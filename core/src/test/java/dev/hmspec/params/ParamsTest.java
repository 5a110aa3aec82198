package dev.hmspec.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Control;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.Text;
import dev.hmspec.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class ParamsTest {
    public static final String DATA = "data values [{\"x\":\"a\",\"y\":\"p\",\"v\":1},{\"x\":\"b\",\"y\":\"p\",\"v\":3},"
            + "{\"x\":\"a\",\"y\":\"q\",\"v\":5},{\"x\":\"b\",\"y\":\"q\",\"v\":7}]";

    public static String spec(String extra) {
        return "heatmap \"t\" {\n  param year = 2024\n  param lo = 2\n  title \"Counts in {$year}\"\n  " + DATA + "\n"
                + extra + "\n  x x\n  y y\n  color v\n}\n";
    }

    static Compiled compile(String text, Map<String, String> params) {
        return Hmspec.compile(SourceFile.of("p.hmspec", text), CompileOptions.defaults().withParams(params));
    }

    public static List<Node> all(Scene s) {
        List<Node> out = new ArrayList<>();
        walk(s.nodes(), out);
        return out;
    }

    private static void walk(List<Node> nodes, List<Node> out) {
        for (Node n : nodes) { out.add(n); if (n instanceof Group g) walk(g.children(), out); }
    }

    static String title(Scene s) {
        return all(s).stream().filter(n -> n instanceof Text t && "title".equals(t.role())).map(n -> ((Text) n).text())
                .findFirst().orElseThrow();
    }

    /** Cells with a value (a filtered cell of a kept row and column shows as no data). */
    static int presentCells(Scene s) {
        CellGrid g = all(s).stream().filter(CellGrid.class::isInstance).map(CellGrid.class::cast).findFirst().orElseThrow();
        int n = 0;
        for (double v : g.values()) if (!Double.isNaN(v)) n++;
        return n;
    }

    static List<String> codes(Compiled c) { return c.diagnostics().stream().map(Diagnostic::code).toList(); }

    @Test
    void aParameterInAStringIsReplacedByItsValueWrittenAsAPersonWouldWriteIt() {
        Compiled c = compile(spec("  filter v >= $lo"), Map.of());
        assertEquals(List.of(), c.diagnostics());
        assertEquals("Counts in 2024", title(c.scene().orElseThrow()));
        assertEquals(3, presentCells(c.scene().orElseThrow()), "v >= 2 keeps 3, 5 and 7");
    }

    @Test
    void paramOverridesReplaceTheDeclaredValueEverywhereItIsUsed() {
        Compiled c = compile(spec("  filter v >= $lo"), Map.of("year", "1999", "lo", "4.5"));
        assertEquals(List.of(), c.diagnostics());
        assertEquals("Counts in 1999", title(c.scene().orElseThrow()));
        assertEquals(2, presentCells(c.scene().orElseThrow()), "v >= 4.5 keeps 5 and 7");
        assertEquals(4, presentCells(compile(spec("  filter v >= $lo"), Map.of("lo", "-10")).scene().orElseThrow()));
    }

    @Test
    void anUnknownReferenceIsPositionedWithADidYouMean() {
        Compiled c = compile(spec("  filter v >= $low"), Map.of());
        Diagnostic d = c.diagnostics().get(0);
        assertEquals("HM510", d.code());
        assertEquals(6, d.line());
        assertEquals(15, d.column());
        assertTrue(d.help().orElseThrow().contains("$lo"), d.help().toString());
    }

    @Test
    void overridesMustNameADeclaredParameterAndMatchItsType() {
        assertEquals(List.of("HM511"), codes(compile(spec(""), Map.of("yaer", "2000"))));
        assertTrue(compile(spec(""), Map.of("yaer", "2000")).diagnostics().get(0).help().orElseThrow().contains("year"));
        assertEquals(List.of("HM512"), codes(compile(spec(""), Map.of("lo", "two"))));
    }

    @Test
    void aStringParameterAfterSchemeIsASchemeName() {
        String text = "heatmap \"t\" {\n  param s = \"magma\"\n  " + DATA + "\n  x x\n  y y\n  color v { scheme $s }\n}\n";
        assertEquals(List.of(), compile(text, Map.of()).diagnostics());
        assertEquals(List.of("HM302"), codes(compile(text, Map.of("s", "magmaa"))), "an unknown scheme is still reported");
    }

    @Test
    void aBoundFilterOnTheCellValueBecomesAControlAndThePageGetsEveryCell() {
        Compiled c = compile(spec("  param min = 4 bind range 0, 8, 1\n  filter v >= $min"), Map.of());
        assertEquals(List.of(), c.diagnostics());
        Scene s = c.scene().orElseThrow();
        assertEquals(4, presentCells(s), "the page filters, so every cell is drawn");
        assertEquals(List.of(new Control("min", "range", 4.0, List.of(0.0, 8.0, 1.0), "view-1", "filter", ">=")), s.controls());
        Compiled flipped = compile(spec("  param min = 4 bind range 0, 8\n  filter $min > v"), Map.of());
        assertEquals("<", flipped.scene().orElseThrow().controls().get(0).op());
    }

    @Test
    void parametersThePageCannotApplyAreRefusedWithTheReason() {
        Compiled title = compile(spec("").replace("param year = 2024", "param year = 2024 bind text"), Map.of());
        assertEquals(List.of("HM515"), codes(title));
        assertTrue(title.diagnostics().get(0).message().contains("string"), title.diagnostics().toString());
        Compiled other = compile(spec("  param min = 4 bind range 0, 8\n  filter x != \"a\" and v >= $min"), Map.of());
        assertEquals(List.of("HM515"), codes(other));
        Compiled before = compile(spec("  param min = 4 bind range 0, 8\n  filter v >= $min\n  aggregate sum(v) as v by x, y"), Map.of());
        assertEquals(List.of("HM515"), codes(before));
        assertTrue(before.diagnostics().get(0).message().contains("aggregate"), before.diagnostics().toString());
    }

    @Test
    void controlsAreCheckedForKindAndArguments() {
        assertEquals(List.of("HM514"), codes(compile(spec("  param min = 4 bind slider 0, 8\n  filter v >= $min"), Map.of())));
        assertEquals(List.of("HM516"), codes(compile(spec("  param min = 4 bind range 0\n  filter v >= $min"), Map.of())));
        assertEquals(List.of("HM516"), codes(compile(spec("  param min = 4 bind select \"a\"\n  filter v >= $min"), Map.of())));
        assertEquals(List.of("HM513"), codes(compile(spec("  param lo = 3"), Map.of())));
        assertFalse(compile(spec("  param min = 4 bind select 2, 4, 6\n  filter v >= $min"), Map.of()).hasErrors());
    }

    @Test
    void parametersWorkInDomainsDerivedFieldsAndTheTheme() {
        String text = "heatmap \"t\" {\n  param hi = 20\n  param k = 2\n  param look = \"dark\"\n  theme $look\n  " + DATA
                + "\n  derive w = v * $k\n  x x\n  y y\n  color w { domain 0 .. $hi }\n}\n";
        Compiled c = compile(text, Map.of());
        assertEquals(List.of(), c.diagnostics());
        assertEquals("dark", c.scene().orElseThrow().style().name());
        Compiled light = compile(text, Map.of("look", "light", "k", "-1"));
        assertEquals(List.of(), light.diagnostics());
        assertEquals("light", light.scene().orElseThrow().style().name());
        CellGrid g = all(light.scene().orElseThrow()).stream().filter(CellGrid.class::isInstance).map(CellGrid.class::cast)
                .findFirst().orElseThrow();
        for (double v : g.values()) assertTrue(v < 0, "derive w = v * -1 gives negative values: " + v);
    }
}
