package dev.hmspec.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * cel-java style baselines: each {@code diagnostics/*.baseline} file holds cases
 * <pre>
 * === case name
 * spec text
 * ---
 * the exact printed diagnostics
 * </pre>
 * Run with {@code -Dhmspec.updateBaselines=true} to rewrite the expected text, then review the diff.
 */
class BaselineTest {
    private static final Path DIR = Path.of("src/test/resources/diagnostics");
    private static final boolean UPDATE = Boolean.getBoolean("hmspec.updateBaselines");

    record Case(String name, String spec, String expected) {}

    @TestFactory
    Stream<DynamicTest> everyBaselineCasePrintsExactlyItsExpectedDiagnostics() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".baseline")).sorted().toList()) {
                List<Case> cases = read(file);
                if (UPDATE) write(file, cases);
                for (Case c : cases) {
                    tests.add(DynamicTest.dynamicTest(file.getFileName() + ": " + c.name(),
                            () -> assertEquals(c.expected(), run(c.spec()), "baseline " + file.getFileName() + " / " + c.name())));
                }
            }
        }
        return tests.stream();
    }

    static String run(String spec) {
        Compiled compiled = Hmspec.compile(SourceFile.of(DIR.resolve("case.hmspec"), "case.hmspec", spec),
                new CompileOptions(java.util.Optional.of(DIR.toAbsolutePath()), false));
        StringBuilder b = new StringBuilder();
        for (Diagnostic d : compiled.diagnostics()) b.append(DiagnosticPrinter.print(d));
        return b.toString();
    }

    static List<Case> read(Path file) throws IOException {
        List<Case> cases = new ArrayList<>();
        String[] parts = Files.readString(file, StandardCharsets.UTF_8).split("(?m)^=== ");
        for (String part : parts) {
            if (part.isBlank()) continue;
            int nl = part.indexOf('\n');
            String name = part.substring(0, nl).trim();
            String body = part.substring(nl + 1);
            int sep = body.indexOf("\n---\n");
            String spec = sep < 0 ? body : body.substring(0, sep + 1);
            String expected = sep < 0 ? "" : body.substring(sep + 5);
            expected = expected.replaceAll("\n+$", "\n");
            if (expected.equals("\n")) expected = "";
            cases.add(new Case(name, spec, expected));
        }
        return cases;
    }

    private static void write(Path file, List<Case> cases) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String actual = run(c.spec());
            b.append("=== ").append(c.name()).append('\n').append(c.spec()).append("---\n").append(actual);
            if (i + 1 < cases.size()) b.append('\n');
            cases.set(i, new Case(c.name(), c.spec(), actual));
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }
}
