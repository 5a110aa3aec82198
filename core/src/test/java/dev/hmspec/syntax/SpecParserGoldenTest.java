package dev.hmspec.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Parser golden tests: every example spec parses without diagnostics into exactly the AST in
 * golden/ast/&lt;slug&gt;.ast.txt. Regenerate with -Dhmspec.updateGolden=true and review the diff.
 */
class SpecParserGoldenTest {
    static final Path SPECS = Path.of("../specs");
    static final Path GOLDEN = Path.of("src/test/resources/golden/ast");

    @TestFactory
    Stream<DynamicTest> everyExampleSpecParsesIntoItsGoldenAst() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> s = Files.list(SPECS)) {
            for (Path spec : s.filter(p -> p.toString().endsWith(".hmspec")).sorted().toList()) {
                String slug = spec.getFileName().toString().replace(".hmspec", "");
                tests.add(DynamicTest.dynamicTest(slug, () -> {
                    Parsed parsed = SpecParser.parse(SourceFile.read(spec));
                    assertTrue(parsed.diagnostics().isEmpty(), () -> parsed.diagnostics().toString());
                    String actual = AstPrinter.print(parsed.ast().views());
                    Path golden = GOLDEN.resolve(slug + ".ast.txt");
                    if (Boolean.getBoolean("hmspec.updateGolden")) Files.writeString(golden, actual, StandardCharsets.UTF_8);
                    assertTrue(Files.exists(golden), "no golden AST for " + slug + ": run with -Dhmspec.updateGolden=true and review it");
                    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "AST of " + slug);
                }));
            }
        }
        return tests.stream();
    }
}
