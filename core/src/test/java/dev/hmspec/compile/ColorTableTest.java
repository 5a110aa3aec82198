package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.color.Schemes;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Big grids take colors from a table over t; they must stay within one 8-bit level of the exact scheme color. */
class ColorTableTest {
    @Test @DisplayName("a 300 × 300 viridis grid is colored within one level per channel of the exact interpolation")
    void tableColorsMatchExactColors(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("x,y,v\n");
        for (int y = 0; y < 300; y++) for (int x = 0; x < 300; x++)
            csv.append(x).append(',').append(y).append(',').append(Math.sin(x * 0.37 + y * 0.11) * 1000 + x).append('\n');
        Files.writeString(dir.resolve("g.csv"), csv);
        Path spec = dir.resolve("g.hmspec");
        Files.writeString(spec, "heatmap \"g\" {\n  data \"g.csv\"\n  x x\n  y y\n  color v { domain -1000 .. 1299 }\n}\n");
        Compiled c = Hmspec.compile(spec, CompileOptions.defaults());
        assertTrue(c.scene().isPresent(), c.diagnostics().toString());
        CellGrid g = ColorMappingProperties.find(c.scene().get().nodes(), CellGrid.class).get(0);
        assertTrue(g.values().length >= ContinuousColor.TABLE_MIN_CELLS, "big enough to use the table");
        var viridis = Schemes.find("viridis").orElseThrow();
        int worst = 0;
        String where = "";
        for (int i = 0; i < g.values().length; i++) {
            int exact = viridis.at((g.values()[i] + 1000) / 2299), got = g.colors()[i];
            for (int shift = 0; shift < 24; shift += 8) {
                int d = Math.abs((exact >> shift & 0xFF) - (got >> shift & 0xFF));
                if (d > worst) { worst = d; where = "cell " + i + " value " + g.values()[i] + " exact "
                        + Integer.toHexString(exact) + " got " + Integer.toHexString(got); }
            }
        }
        assertTrue(worst <= 1, "worst channel difference " + worst + " at " + where);
        assertEquals(0xFF, g.colors()[0] >>> 24);
    }
}
