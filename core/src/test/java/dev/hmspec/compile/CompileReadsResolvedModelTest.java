package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compile stage reads the resolved model (resolve/), never AST records: statements, their
 * options, channels or expressions (issue 10 item 1). A plain scan of compile/'s sources, no ArchUnit.
 */
class CompileReadsResolvedModelTest {
    private static final Path COMPILE = Path.of("src/main/java/dev/hmspec/compile");
    /** An import or a qualified use of anything in the AST package. */
    private static final Pattern AST_READ = Pattern.compile("\\bdev\\.hmspec\\.ast\\.");

    static List<String> offenders(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(p);
                for (int i = 0; i < lines.size(); i++)
                    if (AST_READ.matcher(lines.get(i)).find()) out.add(p.getFileName() + ":" + (i + 1) + ": " + lines.get(i).trim());
            }
        }
        return out;
    }

    @Test
    void no_compile_source_imports_or_names_an_ast_record() throws IOException {
        try (Stream<Path> files = Files.list(COMPILE)) {
            assertTrue(files.filter(f -> f.toString().endsWith(".java")).count() > 20, "the scan must see compile/'s sources");
        }
        assertEquals(List.of(), offenders(COMPILE));
    }

    @Test
    void the_scan_finds_an_import_and_a_qualified_read(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("A.java"), "package x;\nimport dev.hmspec.ast.Statement;\n");
        Files.writeString(dir.resolve("B.java"), "class B { Object o = dev.hmspec.ast.EncodingOption.Flag.class; }\n");
        Files.writeString(dir.resolve("C.java"), "import dev.hmspec.astro.Star; // another package\n");
        assertEquals(List.of("A.java:2: import dev.hmspec.ast.Statement;",
                "B.java:1: class B { Object o = dev.hmspec.ast.EncodingOption.Flag.class; }"), offenders(dir));
    }
}
