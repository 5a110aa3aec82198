package dev.hmspec.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.DiagnosticPrinter;
import dev.hmspec.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits the parser enforces before recursion can fail, numbers out of range, bytes that are not UTF-8. */
class ParserLimitsTest {
    private static final String DATA = "  data values [{\"a\": \"p\", \"b\": \"q\", \"v\": 1}, {\"a\": \"r\", \"b\": \"s\", \"v\": 2}]\n";

    @TempDir Path dir;

    private static String view(String statement) {
        return "heatmap \"t\" {\n" + DATA + "  " + statement + "\n  x a\n  y b\n  color v\n}\n";
    }

    /** Compiles on a thread with a small stack: the limits must not depend on the stack size. */
    private static List<Diagnostic> compileOnSmallStack(String text) throws InterruptedException {
        AtomicReference<Compiled> out = new AtomicReference<>();
        Thread t = new Thread(null, () -> out.set(Hmspec.compile(SourceFile.of("t.hmspec", text), CompileOptions.defaults())),
                "small-stack", 256 * 1024);
        t.start();
        t.join();
        return out.get().diagnostics();
    }

    private static String codes(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.code() + "@" + d.line() + ":" + d.column()).collect(Collectors.joining(" "));
    }

    @Test
    void parseRejects2000NestedNotAsTooDeeplyNestedAtTheFirstLevelBeyondTheLimit() throws Exception {
        List<Diagnostic> ds = compileOnSmallStack(view("filter " + "not ".repeat(2000) + "true"));
        // The view's { counts as one level: the 100th `not` is level 101.
        assertEquals("HM010@3:" + (3 + 7 + 4 * (TokenGuard.MAX_NESTING - 1)), codes(ds));
    }

    @Test
    void parseRejects5000ParenthesesAsTooDeeplyNested() throws Exception {
        List<Diagnostic> ds = compileOnSmallStack(view("derive w = " + "(".repeat(5000) + "1" + ")".repeat(5000)));
        // The view's { counts as one level: the 100th parenthesis is level 101.
        assertEquals("HM010@3:" + (3 + 11 + TokenGuard.MAX_NESTING - 1), codes(ds));
    }

    @Test
    void parseRejects5000TermsOfPlusAsTooLong() throws Exception {
        List<Diagnostic> ds = compileOnSmallStack(view("derive w = " + String.join(" + ", java.util.Collections.nCopies(5000, "v"))));
        assertEquals(1, ds.size(), codes(ds));
        assertEquals("HM011", ds.get(0).code());
    }

    @Test
    void printShowsAWindowOfAVeryLongLineWithTheCaretUnderTheMistake() throws Exception {
        List<Diagnostic> ds = compileOnSmallStack(view("derive w = " + String.join(" + ", java.util.Collections.nCopies(5000, "v"))));
        String[] lines = DiagnosticPrinter.print(ds.get(0)).split("\n");
        for (String line : lines) assertTrue(line.length() < 220, "printed line of " + line.length() + " characters");
        int caret = lines[2].indexOf('^');
        assertEquals('+', lines[1].charAt(caret), lines[1] + "\n" + lines[2]);
    }

    @Test
    void parseAcceptsNestingAndChainsUpToTheLimits() throws Exception {
        int parens = TokenGuard.MAX_NESTING - 1; // the view's { is the other level
        List<Diagnostic> ds = compileOnSmallStack(view("derive w = " + "(".repeat(parens) + "v" + ")".repeat(parens)
                + ", z = " + String.join(" + ", java.util.Collections.nCopies(TokenGuard.MAX_OPERATORS + 1, "v"))));
        assertEquals("", codes(ds));
    }

    @Test
    void compileReportsNumbersOutOfRangeWhereTheyAreWritten() {
        String text = "heatmap \"t\" {\n" + DATA + "  x a { labelAngle 1e400 }\n  y b\n"
                + "  color v { scale symlog  constant 1e400  domain -1e400 .. 1e-400  midpoint 1e400 }\n}\n";
        Compiled c = Hmspec.compile(SourceFile.of("t.hmspec", text), CompileOptions.defaults());
        assertEquals("HM012@3:20 HM012@5:36 HM012@5:51 HM012@5:60 HM012@5:77", codes(c.diagnostics()),
                c.diagnostics().stream().map(DiagnosticPrinter::print).collect(Collectors.joining()));
    }

    @Test
    void compileOfXXWithLabelAngle1e400IsAnErrorNotAHang() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Compiled c = Hmspec.compile(SourceFile.of("t.hmspec", "heatmap \"t\" {\n" + DATA + "  x x { labelAngle 1e400 }\n}\n"),
                    CompileOptions.defaults());
            assertTrue(c.diagnostics().stream().anyMatch(d -> d.code().equals("HM012") && d.line() == 3 && d.column() == 20),
                    c.diagnostics().toString());
        });
    }

    @Test
    void compileOfAFileThatIsNotUtf8NamesTheLineAndColumnOfItsFirstBadByte() throws Exception {
        Path spec = dir.resolve("latin1.hmspec");
        Files.write(spec, "\uFEFFheatmap \"t\" {\r\n  title \"caf\u00e9 cr\u00e8me\"\r\n}\r\n".getBytes(StandardCharsets.ISO_8859_1));
        Compiled c = Hmspec.compile(spec, CompileOptions.defaults());
        assertEquals("HM009@2:13", codes(c.diagnostics()));
        assertTrue(c.diagnostics().get(0).message().contains("0xE9"), c.diagnostics().toString());
    }
}
