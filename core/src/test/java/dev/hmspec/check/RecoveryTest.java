package dev.hmspec.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.DiagnosticPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Recovery: one run reports every mistake of a file, and nothing the mistakes did not cause.
 * {@code recovery/typos.hmspec} plants one mistake per statement and option kind; each line
 * with a mistake ends with {@code #! CODE…}, the diagnostics that line must get.
 */
class RecoveryTest {
    private static final Path DIR = Path.of("src/test/resources/recovery");

    @Test
    void compileReportsEveryPlantedMistakeInOneRunAndInventsNone() throws IOException {
        Path spec = DIR.resolve("typos.hmspec");
        List<String> expected = new ArrayList<>();
        List<String> lines = Files.readAllLines(spec);
        for (int i = 0; i < lines.size(); i++) {
            int marker = lines.get(i).indexOf("#! HM");
            if (marker < 0) continue;
            for (String code : lines.get(i).substring(marker + 3).trim().split("\\s+")) expected.add((i + 1) + " " + code);
        }
        Compiled c = Hmspec.compile(spec, new CompileOptions(Optional.of(DIR.toAbsolutePath()), false));
        List<String> actual = new ArrayList<>();
        for (Diagnostic d : c.diagnostics()) actual.add(d.line() + " " + d.code());
        Collections.sort(expected);
        Collections.sort(actual);
        String printed = c.diagnostics().stream().map(DiagnosticPrinter::print).collect(Collectors.joining());
        assertTrue(expected.size() >= 37, "the file plants a mistake for each of the ~37 kinds");
        assertEquals(expected, actual, printed);
    }

    @Test
    void aMisspeltStatementKeywordIsReportedWithItsDidYouMeanAndTheStatementIsStillChecked() {
        String out = run("heatmap \"t\" {\n  data \"typos.csv\"\n  x a\n  y b\n  colr v { scheme virdis }\n}\n");
        assertEquals(2, out.split("error\\[").length - 1, out);
        assertTrue(out.contains("5:3: error[HM001]: unexpected 'colr'") && out.contains("did you mean \"color\"?"), out);
        assertTrue(out.contains("5:19: error[HM302]"), out);
    }

    @Test
    void aBraceMissingMidFileIsReportedAtTheOpenBraceAndTheRestStillParses() {
        String out = run("heatmap \"t\" {\n  data \"typos.csv\"\n  x a { title \"A\"\n  y b\n  color v { scheme blus }\n}\n");
        assertTrue(out.startsWith("case.hmspec:3:7: error[HM013]: this '{' of the options of x is not closed before 'y' on line 4"), out);
        assertTrue(out.contains("5:20: error[HM302]"), out);
        assertEquals(2, out.split("error\\[").length - 1, out);
    }

    @Test
    void aHeatmapLeftOpenIsReportedAtItsBraceAndTheNextHeatmapIsChecked() {
        String out = run("heatmap \"t\" {\n  data \"typos.csv\"\n  x a\n  y b\n  color v\n"
                + "heatmap \"u\" {\n  data \"typos.csv\"\n  x a\n  y b\n  color vv\n}\n");
        assertTrue(out.startsWith("case.hmspec:1:13: error[HM013]: this '{' of this heatmap is not closed before 'heatmap' on line 6"), out);
        assertTrue(out.contains("10:9: error[HM201]"), out);
        assertEquals(2, out.split("error\\[").length - 1, out);
    }

    @Test
    void afterAnUnknownFunctionInDeriveTheEncodingsAreStillChecked() {
        String out = run("heatmap \"t\" {\n  data \"typos.csv\"\n  derive q = sqroot(v)\n  x aa\n  y b\n  color q\n}\n");
        assertTrue(out.contains("3:14: error[HM236]"), out);
        assertTrue(out.contains("4:5: error[HM201]: unknown field \"aa\""), out);
        assertEquals(2, out.split("error\\[").length - 1, out);
    }

    @Test
    void specsErrorsMissingBracePointsAtTheUnclosedBraceOfColor() {
        Compiled c = Hmspec.compile(Path.of("../specs/errors/missing-brace.hmspec"),
                new CompileOptions(Optional.of(Path.of("../specs").toAbsolutePath()), false));
        assertEquals(1, c.diagnostics().size(), c.diagnostics().toString());
        Diagnostic d = c.diagnostics().get(0);
        assertEquals("HM013 15:11", d.code() + " " + d.line() + ":" + d.column());
    }

    private static String run(String text) {
        Compiled c = Hmspec.compile(dev.hmspec.source.SourceFile.of(DIR.resolve("case.hmspec"), "case.hmspec", text),
                new CompileOptions(Optional.of(DIR.toAbsolutePath()), false));
        return c.diagnostics().stream().map(DiagnosticPrinter::print).collect(Collectors.joining());
    }
}
