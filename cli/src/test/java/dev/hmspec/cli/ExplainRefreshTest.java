package dev.hmspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code data sql … refresh} (embed12b): render reads the table once; explain says the interval is ignored there. */
class ExplainRefreshTest {
    static final String SPEC = """
            heatmap "Live" {
              data sql "jdbc:duckdb:" query "select 'a' as x, 'p' as y, 1 as v union all select 'b', 'q', 2" refresh 2m
              x x
              y y
              color v
            }
            """;

    @Test
    void explainNotesThatRenderIgnoresTheRefreshIntervalAndRenderSucceeds(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("live.hmspec"), SPEC);
        CliTest.Run r = CliTest.run(dir, "explain", dir.resolve("live.hmspec").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("view 1: refresh every 2 min is ignored by render and explain (the query ran once);"
                + " hmspec serve re-queries it and updates open pages"), r.out());
        CliTest.Run render = CliTest.run(dir, "render", dir.resolve("live.hmspec").toString(), "-o", dir.resolve("out").toString(),
                "--format", "svg");
        assertEquals(0, render.code(), render.err());
        assertTrue(Files.exists(dir.resolve("out/live.svg")));
        Files.writeString(dir.resolve("plain.hmspec"), SPEC.replace(" refresh 2m", ""));
        assertFalse(CliTest.run(dir, "explain", dir.resolve("plain.hmspec").toString()).out().contains("refresh"));
    }
}
