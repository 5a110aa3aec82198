package dev.hmspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --theme, --param and --format fragment as a user meets them. */
class EmbedCliTest {
    static final String SPEC = """
            heatmap "Params" {
              param year = 2024
              title "Counts in {$year}"
              data values [{"a": "x", "b": "p", "v": 1}, {"a": "y", "b": "p", "v": 2}]
              x a
              y b
              color v
            }
            """;

    @Test
    void paramAndThemeOverrideTheSpecAndFragmentsAreNamedAfterTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("counts.hmspec"), SPEC);
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run(dir, "render", dir.resolve("counts.hmspec").toString(), "-o", out.toString(),
                "--format", "svg,fragment", "--param", "year=1999", "--theme", "dark");
        assertEquals(0, r.code(), r.err());
        String svg = Files.readString(out.resolve("counts.svg"));
        assertTrue(svg.contains("Counts in 1999"), "the override reaches the title");
        assertTrue(svg.contains("fill=\"#17181c\""), "the dark background");
        String fragment = Files.readString(out.resolve("counts.fragment.html"));
        assertTrue(fragment.startsWith("<div class=\"hm-fragment\" id=\"hm-counts\">"), fragment.substring(0, 80));
        assertFalse(fragment.contains("<html"), "no page wrapper");
    }

    @Test
    void anUndeclaredParamOrAnUnknownThemeIsADiagnosticWithDidYouMean(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("counts.hmspec"), SPEC);
        CliTest.Run r = CliTest.run(dir, "check", dir.resolve("counts.hmspec").toString(), "--param", "yaer=1");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error[HM511]") && r.err().contains("did you mean \"year\"?"), r.err());
        CliTest.Run t = CliTest.run(dir, "check", dir.resolve("counts.hmspec").toString(), "--theme", "drak");
        assertEquals(1, t.code());
        assertTrue(t.err().contains("error[HM500]: unknown theme \"drak\"") && t.err().contains("did you mean \"dark\"?"), t.err());
        assertFalse(t.err().contains("Exception"), "no stack trace");
    }
}
