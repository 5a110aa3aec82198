package dev.hmspec.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.DiagnosticPrinter;
import dev.hmspec.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad SQL sources and attempts to leave the data root end in positioned diagnostics, never a stack trace. */
class EngineErrorsTest {
    @TempDir Path dir;

    private Compiled compile(String data) throws Exception {
        Files.writeString(dir.resolve("ok.csv"), "a,b\nx,1\ny,2\n");
        String text = "heatmap \"t\" {\n  " + data + "\n  x a\n  y a\n  color b\n}\n";
        Path spec = dir.resolve("t.hmspec");
        Files.writeString(spec, text);
        return Hmspec.compile(SourceFile.of(spec, "t.hmspec", text), new CompileOptions(Optional.of(dir), false, "auto", null));
    }

    private static Diagnostic only(Compiled c) {
        List<Diagnostic> errors = c.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), () -> "one error: " + c.diagnostics());
        return errors.get(0);
    }

    /** The diagnostic's caret sits on the given literal of the data line. */
    private static void pointsAt(Diagnostic d, String literal) {
        String text = d.file().text();
        assertEquals(text.indexOf(literal), d.span().start(), () -> "points at " + literal + ": " + DiagnosticPrinter.print(d));
    }

    @Test
    void duckDbCannotReadFilesOutsideTheDataRoot() throws Exception {
        Diagnostic d = only(compile("data sql \"jdbc:duckdb:\" query \"select * from read_csv('/etc/passwd')\""));
        assertEquals("HM253", d.code());
        pointsAt(d, "\"select");
        assertTrue(d.message().contains("/etc/passwd") || d.message().toLowerCase().contains("permission"), d.message());
    }

    @Test
    void duckDbReadsFilesInsideTheDataRootThroughSql() throws Exception {
        Compiled c = compile("data sql \"jdbc:duckdb:\" query \"select * from read_csv('" + dir.resolve("ok.csv") + "')\"");
        assertTrue(c.scene().isPresent(), () -> c.diagnostics().toString());
    }

    @Test
    void aFileSourceOutsideTheRootIsRefusedBeforeDuckDbSeesIt() throws Exception {
        assertEquals("HM210", only(compile("data \"../../../etc/passwd.csv\"")).code());
    }

    @Test
    void aParquetGlobMayNotClimbOutOfTheRoot() throws Exception {
        Diagnostic d = only(compile("data \"../*.parquet\""));
        assertEquals("HM212", d.code());
    }

    @Test
    void aSqlErrorIsPositionedOnTheQueryWithTheDatabasesMessage() throws Exception {
        Diagnostic d = only(compile("data sql \"jdbc:duckdb:\" query \"selec 1\""));
        assertEquals("HM253", d.code());
        pointsAt(d, "\"selec 1\"");
        assertTrue(d.message().contains("syntax error"), d.message());
    }

    @Test
    void anUnknownTableSuggestsNothingWhenTheDatabaseIsEmpty() throws Exception {
        Diagnostic d = only(compile("data sql \"jdbc:duckdb:\" table \"flights\""));
        assertEquals("HM254", d.code());
        pointsAt(d, "\"flights\"");
    }

    @Test
    void aMissingDriverNamesTheArtifactToAdd() throws Exception {
        Diagnostic d = only(compile("data sql \"jdbc:mysql://localhost/db\" table \"t\""));
        assertEquals("HM251", d.code());
        pointsAt(d, "\"jdbc:mysql");
        assertTrue(d.help().orElse("").contains("com.mysql:mysql-connector-j"), d.help().toString());
    }

    @Test
    void aRefusedConnectionIsReportedWithoutThePassword() throws Exception {
        Diagnostic d = only(compile("data sql \"jdbc:postgresql://127.0.0.1:1/db?user=u&password=hunter2\" table \"t\""));
        assertEquals("HM252", d.code());
        assertFalse(d.message().contains("hunter2") || d.help().orElse("").contains("hunter2"), d.message());
        assertTrue(d.message().contains("password=***"), d.message());
    }

    @Test
    void anUnknownConnectionIsAPositionedDiagnostic() throws Exception {
        Diagnostic d = only(compile("data sql connection \"no-such-warehouse-xyz\" table \"t\""));
        assertEquals("HM250", d.code());
        pointsAt(d, "\"no-such-warehouse-xyz\"");
    }

    @Test
    void onlyTheInMemoryDuckDbDatabaseMayBeOpenedFromASpec() throws Exception {
        Diagnostic d = only(compile("data sql \"jdbc:duckdb:/tmp/other.db\" table \"t\""));
        assertEquals("HM252", d.code());
    }
}
