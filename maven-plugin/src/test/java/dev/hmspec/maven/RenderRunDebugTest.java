package dev.hmspec.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.render.Format;
import dev.hmspec.render.RenderOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With debug logging on, the plugin logs what `hmspec explain` prints: the engine's SQL per spec. */
class RenderRunDebugTest {
    @Test
    void debugLoggingReceivesTheEnginesSqlForEachRenderedSpec(@TempDir Path project) throws Exception {
        Path specs = Files.createDirectories(project.resolve("specs"));
        Files.writeString(specs.resolve("d.csv"), "row,col,value\na,x,1\nb,y,2\n");
        Files.writeString(specs.resolve("s.hmspec"), "heatmap \"s\" {\n  data \"d.csv\"\n  filter value > 1\n  x col\n  y row\n  color value\n}\n");
        var settings = new RenderRun.Settings(project.resolve("out"), project, List.of(Format.SVG), RenderOptions.defaults(), 1, false, false);
        List<String> logged = new ArrayList<>();
        new RenderRun(settings, logged::add).run(SpecSet.scan(specs, null, null));
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.get(0).contains("[duckdb] query — steps filter"), logged.get(0));
        assertTrue(logged.get(0).contains("WHERE"), logged.get(0));
    }
}
