package dev.hmspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9: `check` writes nothing and says what it would tile; a PNG-only render writes no tiles folder. */
class TileOutputsCliTest {
    static final int N = 400; // 160,000 cells: above the embedded level's budget, so level 0 is tile files

    static Path spec(Path dir) throws Exception {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + N + ", " + N + "), }";
        StringBuilder h = new StringBuilder(dict);
        while ((10 + h.length() + 1) % 64 != 0) h.append(' ');
        h.append('\n');
        try (OutputStream out = Files.newOutputStream(dir.resolve("m.npy"))) {
            out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) h.length(), 0});
            out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
            ByteBuffer row = ByteBuffer.allocate(4 * N).order(ByteOrder.LITTLE_ENDIAN);
            for (int r = 0; r < N; r++) {
                row.clear();
                for (int c = 0; c < N; c++) row.putFloat(r * 0.5f - c);
                out.write(row.array());
            }
        }
        Path spec = dir.resolve("big.hmspec");
        Files.writeString(spec, "heatmap \"m\" {\n  data \"m.npy\"\n  tiles on\n  x column\n  y row\n  color value\n}\n");
        return spec;
    }

    @Test
    void check_writes_nothing_and_reports_what_a_render_would_tile(@TempDir Path dir) throws Exception {
        Path spec = spec(dir);
        CliTest.Run r = CliTest.run(dir, "check", spec.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("big.hmspec: would tile a 400 × 400 grid: 2 levels, 4 tile files of 256 × 256 blocks"),
                r.out());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "only the spec and its data");
        }
    }

    @Test
    void a_png_only_render_writes_no_tiles_folder_and_a_page_render_does(@TempDir Path dir) throws Exception {
        Path spec = spec(dir);
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run(dir, "render", spec.toString(), "-o", out.toString(), "--format", "png,svg");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(out.resolve("big.png")) > 1000);
        assertFalse(Files.exists(out.resolve("big.tiles")), "no tiles beside a PNG");
        r = CliTest.run(dir, "render", spec.toString(), "-o", out.toString(), "--format", "html");
        assertEquals(0, r.code(), r.err());
        try (var tiles = Files.walk(out.resolve("big.tiles"))) {
            assertEquals(4, tiles.filter(p -> p.toString().endsWith(".js")).count(), "the page's level-0 tiles");
        }
    }
}
