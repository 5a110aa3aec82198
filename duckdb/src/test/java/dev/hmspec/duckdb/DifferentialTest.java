package dev.hmspec.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.transform.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every spec in specs/ gives the same cells from the in-memory reference engine and from DuckDB,
 * and DuckDB really ran (a spec whose CSV or Parquet data silently fell back to memory would
 * prove nothing).
 */
class DifferentialTest {
    static final Path SPECS = Path.of("..", "specs").toAbsolutePath().normalize();

    static List<Path> specs() throws IOException {
        try (Stream<Path> s = Files.list(SPECS)) {
            return s.filter(p -> p.toString().endsWith(".hmspec")).sorted().toList();
        }
    }

    static CompileOptions options(String engine, Trace trace) {
        return new CompileOptions(Optional.of(SPECS), false, engine, trace);
    }

    @TestFactory
    Stream<DynamicTest> duckDbGivesTheSameCellsAsMemoryForEverySpec() throws IOException {
        return specs().stream().map(spec -> DynamicTest.dynamicTest(spec.getFileName().toString(), () -> {
            // Parquet: the JVM cannot read it, so DuckDB only scans and memory runs every step.
            String reference = Files.readString(spec).contains(".parquet\"") ? "scan" : "memory";
            Compiled memory = Hmspec.compile(spec, options(reference, Trace.off()));
            Trace trace = Trace.collecting();
            Compiled duck = Hmspec.compile(spec, options("auto", trace));
            assertTrue(memory.scene().isPresent(), "the reference compiles: " + memory.diagnostics());
            assertEquals(codes(memory.diagnostics()), codes(duck.diagnostics()), "same diagnostics");
            Cells.assertSame(spec.getFileName().toString(), Cells.of(memory), Cells.of(duck));
            String text = Files.readString(spec);
            if (text.matches("(?s).*data \"[^\"]*\\.(csv|parquet)\".*")) {
                assertTrue(trace.entries().stream().anyMatch(e -> e.engine().equals("duckdb") && e.action().equals("query")),
                        "DuckDB ran the plan: " + trace.entries());
                assertFalse(trace.entries().stream().anyMatch(e -> e.action().startsWith("fallback")), "no fallback: " + trace.entries());
            }
        }));
    }

    static List<String> codes(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.code() + "@" + d.span()).toList();
    }
}
