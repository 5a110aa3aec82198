package dev.hmspec.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.source.SourceFile;
import dev.hmspec.transform.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text columns leave DuckDB as dictionary codes, and the cells still equal the memory engine's. */
class DictionaryReadTest {
    @TempDir Path dir;

    private Compiled compile(String csv, String body, String engine, Trace trace) throws Exception {
        Files.writeString(dir.resolve("d.csv"), csv);
        String text = "heatmap \"t\" {\n  " + body + "\n}\n";
        Path spec = dir.resolve("t.hmspec");
        Files.writeString(spec, text);
        return Hmspec.compile(SourceFile.of(spec, "t.hmspec", text), new CompileOptions(Optional.of(dir), false, engine, trace));
    }

    private static List<String> dictionaries(Trace t) {
        return t.entries().stream().filter(e -> e.engine().equals("duckdb") && e.action().startsWith("dictionaries"))
                .map(Trace.Entry::action).toList();
    }

    @Test
    void longTextKeysWithNullsComeBackThroughDictionaries() throws Exception {
        // Unicode, a quote and a NA (null) in the keys; b repeated so codes repeat.
        String csv = "k,g,v\nb,é\"x,1\nα,g2,2\nb,NA,3\na,g2,4\n";
        String body = "data \"d.csv\"\n  x k\n  y g\n  color v";
        Trace trace = Trace.collecting();
        Compiled mem = compile(csv, body, "memory", Trace.off());
        Compiled duck = compile(csv, body, "auto", trace);
        assertTrue(mem.scene().isPresent());
        assertEquals(List.of("dictionaries (k 3, g 2 values)"), dictionaries(trace),
                trace.entries().toString());
        Cells.assertSame("dict", Cells.of(mem), Cells.of(duck));
    }

    @Test
    void wideHeaderAndRowKeysComeBackThroughDictionaries() throws Exception {
        // Text cells: a numeric wide CSV is streamed in the JVM instead (CsvSemanticsTest).
        String csv = "gene,s2,s1,s3\ng1,a,b,c\ng2,d,,f\ng0,a,h,i\n";
        String body = "data \"d.csv\" wide rows gene columns sample\n  filter value != \"a\"\n  x sample\n  y gene\n  color value";
        Trace trace = Trace.collecting();
        Compiled mem = compile(csv, body, "memory", Trace.off());
        Compiled duck = compile(csv, body, "auto", trace);
        assertEquals(List.of("dictionaries (gene 3, sample 3, value 6 values)"), dictionaries(trace),
                trace.entries().toString());
        Cells.assertSame("wide", Cells.of(mem), Cells.of(duck));
    }
}
