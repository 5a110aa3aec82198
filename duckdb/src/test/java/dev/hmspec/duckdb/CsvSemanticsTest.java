package dev.hmspec.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.source.SourceFile;
import dev.hmspec.transform.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One semantics: DuckDB and memory agree on typing, nulls, wide input and bad values (then memory reports them). */
class CsvSemanticsTest {
    @TempDir Path dir;

    private Compiled[] both(String csv, String body, Trace trace) throws Exception {
        Files.writeString(dir.resolve("d.csv"), csv);
        String text = "heatmap \"t\" {\n  " + body + "\n}\n";
        Path spec = dir.resolve("t.hmspec");
        Files.writeString(spec, text);
        SourceFile f = SourceFile.of(spec, "t.hmspec", text);
        return new Compiled[] {Hmspec.compile(f, new CompileOptions(Optional.of(dir), false, "memory", null)),
                Hmspec.compile(f, new CompileOptions(Optional.of(dir), false, "auto", trace))};
    }

    private static List<String> codes(Compiled c) {
        return c.diagnostics().stream().map(d -> d.code() + " " + d.message()).toList();
    }

    private static boolean ranInDuckDb(Trace t) {
        return t.entries().stream().anyMatch(e -> e.engine().equals("duckdb") && e.action().equals("query"));
    }

    @Test
    void nullTokensDatesAndNumbersTypeAlike() throws Exception {
        String csv = "k,v,d\na,1.5,2020-01-01\nb,NA,2020/02/03 04:05\nc, 3 ,\na,1e2,2021-03-04T05:06:07.5\n";
        Trace trace = Trace.collecting();
        Compiled[] c = both(csv, "data \"d.csv\"\n  derive m = month(d)\n  aggregate sum(v) as s, max(m) as mm by k\n"
                + "  x k\n  y mm\n  color s", trace);
        assertTrue(c[0].scene().isPresent(), codes(c[0]).toString());
        assertEquals(codes(c[0]), codes(c[1]));
        Cells.assertSame("csv", Cells.of(c[0]), Cells.of(c[1]));
        assertTrue(ranInDuckDb(trace), trace.entries().toString());
    }

    @Test
    void wideInputUnpivotsInFileOrder() throws Exception {
        // Text cells: not a numeric matrix, so DuckDB's line split runs (numbers are streamed, below).
        String csv = "gene,s2,s1,s3\ng1,a,b,c\ng2,d,,f\ng0,a,h,i\n";
        Trace trace = Trace.collecting();
        Compiled[] c = both(csv, "data \"d.csv\" wide rows gene columns sample\n  x sample\n  y gene\n  color value", trace);
        assertEquals(codes(c[0]), codes(c[1]));
        Cells.assertSame("wide", Cells.of(c[0]), Cells.of(c[1]));
        assertTrue(ranInDuckDb(trace), trace.entries().toString());
    }

    @Test
    void aWideCsvOfNumbersIsStreamedAndItsStepsRunInMemory() throws Exception {
        String csv = "gene,s2,s1,s3\ng1,1,2,3\ng2,4,,6\ng0,7,8,9\n";
        Trace trace = Trace.collecting();
        Compiled[] c = both(csv, "data \"d.csv\" wide rows gene columns sample\n  filter value > 1\n  x sample\n  y gene\n"
                + "  color value", trace);
        assertEquals(codes(c[0]), codes(c[1]));
        Cells.assertSame("wide", Cells.of(c[0]), Cells.of(c[1]));
        assertEquals(List.of("view t", "memory read d.csv (3 x 3 streamed)", "memory steps"),
                trace.entries().stream().map(e -> e.engine() + " " + e.action()).toList());
    }

    @Test
    void aCsvOfNumbersWithoutStepsIsStreamedAndWithStepsGoesToDuckDb() throws Exception {
        String csv = "x,y,value\n0,0,1.5\n1,0,NA\n0,1,-2\n1,1,4e1\n";
        Trace plain = Trace.collecting();
        Compiled[] c = both(csv, "data \"d.csv\"\n  x x\n  y y\n  color value", plain);
        Cells.assertSame("plain", Cells.of(c[0]), Cells.of(c[1]));
        assertEquals(List.of("view t", "memory read d.csv (4 x 3 streamed)"),
                plain.entries().stream().map(e -> e.engine() + " " + e.action()).toList());
        Trace stepped = Trace.collecting();
        c = both(csv, "data \"d.csv\"\n  filter value > 0\n  x x\n  y y\n  color value", stepped);
        Cells.assertSame("stepped", Cells.of(c[0]), Cells.of(c[1]));
        assertTrue(ranInDuckDb(stepped), stepped.entries().toString());
    }

    @Test
    void aBadValueInADeclaredColumnGetsTheReferenceDiagnostic() throws Exception {
        String csv = "k,v\na,1\nb,oops\n";
        Compiled[] c = both(csv, "data \"d.csv\" types v: number\n  x k\n  y k\n  color v", Trace.collecting());
        assertTrue(c[0].diagnostics().stream().anyMatch(Diagnostic::isError));
        assertEquals(codes(c[0]), codes(c[1]));
    }

    @Test
    void aFilterThatRemovesEveryRowIsTheSameErrorInSql() throws Exception {
        String csv = "k,v\na,1\nb,2\n";
        Trace trace = Trace.collecting();
        Compiled[] c = both(csv, "data \"d.csv\"\n  filter v > 10\n  x k\n  y k\n  color v", trace);
        assertEquals(List.of("HM241"), c[0].diagnostics().stream().map(Diagnostic::code).toList());
        assertEquals(codes(c[0]), codes(c[1]));
        assertTrue(ranInDuckDb(trace), trace.entries().toString());
    }

    @Test
    void nullComparisonsAndBinsFilterTheSameRows() throws Exception {
        String csv = "k,v\na,1\nb,NA\nc,7\na,3.5\nb,9\n";
        Trace trace = Trace.collecting();
        Compiled[] c = both(csv, "data \"d.csv\"\n  filter v != null and k != \"c\"\n  bin v maxbins 4 as vb\n"
                + "  aggregate count() as n by k, vb\n  x k\n  y vb\n  color n", trace);
        assertTrue(c[0].scene().isPresent(), codes(c[0]).toString());
        assertEquals(codes(c[0]), codes(c[1]));
        Cells.assertSame("null filter", Cells.of(c[0]), Cells.of(c[1]));
        assertTrue(ranInDuckDb(trace), trace.entries().toString());
    }
}
