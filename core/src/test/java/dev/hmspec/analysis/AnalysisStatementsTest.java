package dev.hmspec.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Severity;
import dev.hmspec.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The normalize and cluster statements and the robust option as the checker sees them: positioned diagnostics. */
class AnalysisStatementsTest {
    /** Four rows in two pairs, three columns. */
    static final String DATA = "data values [" + String.join(",",
            "{\"g\":\"a\",\"k\":\"p\",\"v\":1}", "{\"g\":\"a\",\"k\":\"q\",\"v\":2}", "{\"g\":\"a\",\"k\":\"r\",\"v\":3}",
            "{\"g\":\"b\",\"k\":\"p\",\"v\":9}", "{\"g\":\"b\",\"k\":\"q\",\"v\":8}", "{\"g\":\"b\",\"k\":\"r\",\"v\":7}",
            "{\"g\":\"c\",\"k\":\"p\",\"v\":1.1}", "{\"g\":\"c\",\"k\":\"q\",\"v\":2.2}", "{\"g\":\"c\",\"k\":\"r\",\"v\":2.9}",
            "{\"g\":\"d\",\"k\":\"p\",\"v\":9.5}", "{\"g\":\"d\",\"k\":\"q\",\"v\":8.1}", "{\"g\":\"d\",\"k\":\"r\",\"v\":6.5}") + "]";

    /** The spec's lines: 1 heatmap, 2 data, 3 x, 4 y, 5 color, 6 onwards the body. */
    static Compiled compile(String color, String body) {
        String spec = "heatmap \"t\" {\n  " + DATA + "\n  x k\n  y g\n  color v" + color + "\n" + body + "\n}\n";
        return Hmspec.compile(SourceFile.of("t.hmspec", spec), CompileOptions.defaults());
    }

    static Diagnostic only(Compiled c, String code) {
        List<Diagnostic> found = c.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
        assertEquals(1, found.size(), code + " once in " + c.diagnostics());
        return found.get(0);
    }

    static void at(Diagnostic d, int line, int column) {
        assertEquals(line + ":" + column, d.line() + ":" + d.column(), d.toString());
    }

    @Test @DisplayName("valid statements compile without diagnostics")
    void valid() {
        Compiled c = compile(" { robust }", "  normalize zscore by row\n  cluster both { linkage complete  metric correlation  order tree  cut 2 }");
        assertEquals(List.of(), c.diagnostics());
    }

    @Test @DisplayName("a misspelt linkage is HM400 at the name, with did-you-mean")
    void unknownLinkage() {
        Diagnostic d = only(compile("", "  cluster rows { linkage averge }"), "HM400");
        at(d, 6, 26);
        assertTrue(d.help().orElseThrow().contains("did you mean \"average\""), d.toString());
    }

    @Test @DisplayName("a misspelt metric is HM401 with did-you-mean")
    void unknownMetric() {
        Diagnostic d = only(compile("", "  cluster rows { metric corelation }"), "HM401");
        at(d, 6, 25);
        assertTrue(d.help().orElseThrow().contains("\"correlation\""), d.toString());
    }

    @Test @DisplayName("normalize: unknown method HM407 and slice HM408, each with did-you-mean")
    void normalizeNames() {
        Compiled c = compile("", "  normalize zscor by colum");
        Diagnostic m = only(c, "HM407"), s = only(c, "HM408");
        at(m, 6, 13);
        at(s, 6, 22);
        assertTrue(m.help().orElseThrow().contains("\"zscore\""));
        assertTrue(s.help().orElseThrow().contains("\"column\""));
    }

    @Test @DisplayName("cluster: unknown target HM409, option HM410, order HM411")
    void clusterNames() {
        assertTrue(only(compile("", "  cluster row"), "HM409").help().orElseThrow().contains("\"rows\""));
        Diagnostic o = only(compile("", "  cluster rows { linkge average }"), "HM410");
        at(o, 6, 18);
        assertTrue(o.help().orElseThrow().contains("\"linkage\""));
        assertTrue(only(compile("", "  cluster rows { order optimum }"), "HM411").help().orElseThrow().contains("\"optimal\""));
    }

    @Test @DisplayName("cut below 2, not whole, or above the row count is HM412 at the number")
    void badCuts() {
        at(only(compile("", "  cluster rows { cut 1 }"), "HM412"), 6, 22);
        only(compile("", "  cluster rows { cut 2.5 }"), "HM412");
        Diagnostic above = only(compile("", "  cluster columns { cut 4 }"), "HM412");
        at(above, 6, 25);
        assertTrue(above.message().contains("3 columns"), above.message());
    }

    @Test @DisplayName("ward with a non-Euclidean metric is the warning HM404 on the linkage option")
    void wardCorrelation() {
        Compiled c = compile("", "  cluster rows { linkage ward  metric correlation }");
        Diagnostic d = only(c, "HM404");
        assertEquals(Severity.WARNING, d.severity());
        at(d, 6, 18);
        assertFalse(c.hasErrors());
    }

    @Test @DisplayName("a sort (or reverse) on a clustered axis warns HM414; the dendrogram's order is used")
    void sortOnClusteredAxis() {
        String spec = "heatmap \"t\" {\n  " + DATA + "\n  x k\n  y g { sort descending }\n  color v\n  cluster rows\n}\n";
        Compiled c = Hmspec.compile(SourceFile.of("t.hmspec", spec), CompileOptions.defaults());
        at(only(c, "HM414"), 4, 9);
        assertFalse(c.hasErrors());
    }

    @Test @DisplayName("robust with a domain is HM416; robust is a color option only")
    void robustConflicts() {
        at(only(compile(" { robust  domain 0 .. 1 }", ""), "HM416"), 5, 13);
        String spec = "heatmap \"t\" {\n  " + DATA + "\n  x k { robust }\n  y g\n  color v\n}\n";
        Compiled c = Hmspec.compile(SourceFile.of("t.hmspec", spec), CompileOptions.defaults());
        assertTrue(c.hasErrors(), c.diagnostics().toString());
    }

    @Test @DisplayName("dendrogram thickness outside 10..400 is HM417; a second statement or option is HM413")
    void thicknessAndDuplicates() {
        only(compile("", "  cluster rows { dendrogram 5 }"), "HM417");
        only(compile("", "  cluster rows\n  cluster both"), "HM413");
        only(compile("", "  normalize zscore\n  normalize minmax"), "HM413");
        only(compile("", "  cluster rows { cut 2  cut 3 }"), "HM413");
    }

    @Test @DisplayName("clustering a text color field is HM415")
    void notNumeric() {
        String spec = "heatmap \"t\" {\n  " + DATA + "\n  x k\n  y v\n  color g\n  cluster rows\n}\n";
        Compiled c = Hmspec.compile(SourceFile.of("t.hmspec", spec), CompileOptions.defaults());
        at(only(c, "HM415"), 6, 3);
    }

    @Test @DisplayName("fields named like the new keywords still work (keywords are soft)")
    void softKeywords() {
        String spec = "heatmap \"t\" {\n  data values [{\"order\":\"a\",\"cut\":\"b\",\"metric\":1}]\n  x order\n  y cut\n  color metric\n}\n";
        Compiled c = Hmspec.compile(SourceFile.of("t.hmspec", spec), CompileOptions.defaults());
        assertFalse(c.hasErrors(), c.diagnostics().toString());
    }
}
