package dev.hmspec.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.SpecRefresh;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.DiagnosticPrinter;
import dev.hmspec.source.SourceFile;
import dev.hmspec.syntax.Parsed;
import dev.hmspec.syntax.SpecParser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code data sql … refresh 30s} (embed12b): what parses, what the checker says, what serve reads. */
class RefreshRulesTest {
    static String spec(String data) {
        return "heatmap {\n  " + data + "\n  x a\n  y b\n  color v\n}\n";
    }

    static final String SQL = "data sql \"jdbc:duckdb:\" query \"select 1 as a, 2 as b, 3 as v\"";

    static List<Diagnostic> check(String text) {
        Parsed p = SpecParser.parse(SourceFile.of("live.hmspec", text));
        assertEquals(List.of(), p.diagnostics(), "parses");
        return Checker.check(p).stream().filter(d -> d.code().compareTo("HM530") >= 0 && d.code().compareTo("HM549") <= 0).toList();
    }

    @Test
    void refresh_in_seconds_or_minutes_after_a_sql_source_is_accepted_and_read_by_serve() {
        assertEquals(List.of(), check(spec(SQL + " refresh 30s")));
        assertEquals(List.of(), check(spec(SQL + " refresh 2 m")));
        assertEquals(List.of(), check(spec(SQL + " refresh 1.5s")));
        SpecRefresh r = SpecRefresh.of(SourceFile.of("live.hmspec", spec(SQL + " refresh 2m") + spec(SQL + " refresh 45s")));
        assertEquals(List.of(new SpecRefresh.Interval(1, Duration.ofMinutes(2)), new SpecRefresh.Interval(2, Duration.ofSeconds(45))),
                r.intervals());
        assertEquals(Duration.ofSeconds(45), r.shortest().orElseThrow());
        assertTrue(SpecRefresh.of(SourceFile.of("live.hmspec", spec(SQL))).shortest().isEmpty());
    }

    @Test
    void refresh_without_a_unit_is_HM530_and_the_next_line_is_not_taken_for_one() {
        List<Diagnostic> d = check(spec(SQL + " refresh 30"));
        assertEquals(List.of("HM530"), d.stream().map(Diagnostic::code).toList());
        String printed = DiagnosticPrinter.print(d.get(0));
        assertTrue(printed.startsWith("live.hmspec:2:"), printed);
        assertTrue(printed.contains("^^^^^^^^^^"), "the caret underlines the clause: " + printed);
        assertTrue(printed.contains("e.g. refresh 30s"), printed);
    }

    @Test
    void an_unknown_unit_is_HM531_with_the_unit_meant() {
        Diagnostic sec = check(spec(SQL + " refresh 30sec")).get(0);
        assertEquals("HM531", sec.code());
        assertEquals("did you mean \"s\"?", sec.help().orElseThrow());
        assertEquals("did you mean \"m\"?", check(spec(SQL + " refresh 5 minutes")).get(0).help().orElseThrow());
        assertEquals("did you mean \"m\"?", check(spec(SQL + " refresh 5 minuts")).get(0).help().orElseThrow());
        assertEquals("e.g. refresh 30s or refresh 5m", check(spec(SQL + " refresh 5 h")).get(0).help().orElseThrow());
    }

    @Test
    void less_than_one_second_is_HM532_and_a_file_source_is_HM533() {
        assertEquals("HM532", check(spec(SQL + " refresh 0.5s")).get(0).code());
        assertTrue(check(spec(SQL + " refresh 0.5s")).get(0).message().contains("0.5s"));
        Diagnostic file = check(spec("data \"data/x.csv\" refresh 30s")).get(0);
        assertEquals("HM533", file.code());
        assertTrue(file.message().endsWith("this data is a file"), file.message());
        assertTrue(SpecRefresh.of(SourceFile.of("f.hmspec", spec("data \"data/x.csv\" refresh 30s"))).intervals().isEmpty());
    }

    @Test
    void refresh_stays_usable_as_a_field_name() {
        Parsed p = SpecParser.parse(SourceFile.of("f.hmspec", "heatmap {\n data \"d.csv\"\n x refresh\n y b\n color v\n}\n"));
        assertEquals(List.of(), p.diagnostics());
    }
}
