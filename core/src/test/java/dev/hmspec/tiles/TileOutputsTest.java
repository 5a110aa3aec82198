package dev.hmspec.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.render.Format;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.Renderers;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.TiledGrid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each run does only the tile work its outputs need: check sizes the pyramid, SVG/PNG build it without files. */
class TileOutputsTest {
    @TempDir Path dir;

    // 300 columns × 400 rows = 120,000 cells: above the embedded budget, so level 0 is 2 × 2 tile files.
    static final int ROWS = 400, COLS = 300;

    static double cell(int r, int c) { return r == 3 && c == 4 ? Double.NaN : Math.sin(r * 0.05) * 10 + c * 0.01; }

    Compiled compile(TileOutputs outputs) throws Exception {
        Path spec = dir.resolve("s.hmspec");
        Files.writeString(spec, "heatmap \"m\" {\n  data \"m.npy\"\n  tiles on\n  x column\n  y row\n  color value\n}\n");
        return Hmspec.compile(spec, CompileOptions.defaults().withTileOutputs(outputs));
    }

    static TiledGrid grid(Compiled c) {
        assertEquals(List.of(), MatrixViewsTest.codes(c), () -> c.diagnostics().toString());
        return MatrixViewsTest.find(c.scene().orElseThrow().nodes(), TiledGrid.class).orElseThrow();
    }

    @Test
    void plan_reads_only_the_header_and_says_what_would_be_tiled() throws Exception {
        // The header promises 400 rows; only 10 are there. A run that opened the cells would fail (HM460).
        NpyFiles.write(dir.resolve("m.npy"), ROWS, COLS, 10, TileOutputsTest::cell);
        TiledGrid g = grid(compile(TileOutputs.PLAN));
        assertNull(g.tiles().directory(), "no tile folder");
        assertEquals(List.of("would tile a 300 × 400 grid: 2 levels, 4 tile files of 256 × 256 blocks beside the page, "
                + "the coarsest level (150 × 200 blocks) inside it"), TilePlan.describe(compile(TileOutputs.PLAN).scene().orElseThrow()));
        assertEquals(List.of("HM460"), MatrixViewsTest.codes(compile(TileOutputs.PAGE)), "a page build opens the cells: too short");
    }

    @Test
    void static_outputs_build_the_pyramid_in_memory_and_write_no_tile_file() throws Exception {
        NpyFiles.write(dir.resolve("m.npy"), ROWS, COLS, TileOutputsTest::cell);
        Compiled page = compile(TileOutputs.PAGE), still = compile(TileOutputs.STATIC);
        TiledGrid p = grid(page), s = grid(still);
        assertNotNull(p.tiles().directory());
        assertTrue(Files.exists(TileWriter.path(p.tiles().directory(), 0, 1, 1)), "the page build wrote its tiles");
        assertNull(s.tiles().directory(), "the static build has no tile folder");
        assertTrue(TileFolder.sets(still.scene().orElseThrow()).isEmpty(), "nothing to place beside a page");
        assertArrayEquals(p.preview().colors(), s.preview().colors(), "the same image for SVG and PNG");
        assertEquals(p.tiles().min(), s.tiles().min());
        assertEquals(p.tiles().max(), s.tiles().max());
        assertArrayEquals(png(page.scene().orElseThrow()), png(still.scene().orElseThrow()), "the same PNG bytes");
    }

    static byte[] png(Scene scene) { return Renderers.render(scene, Format.PNG, RenderOptions.defaults()); }
}
