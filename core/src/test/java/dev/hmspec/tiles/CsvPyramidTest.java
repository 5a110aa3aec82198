package dev.hmspec.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.data.matrix.MatrixCsvReader;
import dev.hmspec.data.npy.NpyReader;
import dev.hmspec.scene.TiledGrid;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wide CSV streams into the same pyramid as the same matrix saved as .npy, row by row. */
class CsvPyramidTest {
    @TempDir Path dir;

    // 800 columns × 520 rows: three levels, partial edge tiles on both axes.
    static final int ROWS = 520, COLS = 800;
    static final double[][] M = new double[ROWS][COLS];
    static {
        Random r = new Random(9);
        for (double[] row : M) for (int c = 0; c < COLS; c++) row[c] = r.nextInt(50) == 0 ? Double.NaN : r.nextGaussian() * 1e3;
        M[0][0] = -0.1; // not exact in float32
    }

    void writeCsv(Path file, int badLine) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("gene");
            for (int c = 0; c < COLS; c++) w.write(",s" + c);
            w.write('\n');
            for (int r = 0; r < ROWS; r++) {
                w.write("g" + r);
                for (int c = 0; c < COLS; c++) {
                    w.write(',');
                    if (r + 2 == badLine && c == 1) w.write("oops");
                    else if (!Double.isNaN(M[r][c])) w.write(Double.toString(M[r][c]));
                }
                w.write('\n');
            }
        }
    }

    static List<Path> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void a_wide_csv_builds_the_pyramid_of_the_same_matrix_as_npy_bit_for_bit() throws Exception {
        writeCsv(dir.resolve("m.csv"), -1);
        NpyFiles.write(dir.resolve("m.npy"), ROWS, COLS, (r, c) -> M[r][c]);
        Path a = Files.createDirectory(dir.resolve("csv")), b = Files.createDirectory(dir.resolve("npy"));
        Pyramid fromCsv, fromNpy;
        try (CsvMatrixSource s = CsvMatrixSource.open(dir.resolve("m.csv"), MatrixCsvReader.Options.wide(',', "gene"), ROWS, COLS)) {
            fromCsv = PyramidBuilder.build(s, "t", a);
            assertEquals("g519", s.rowKeys().get(ROWS - 1));
        }
        try (NpyReader s = NpyReader.open(dir.resolve("m.npy"))) {
            fromNpy = PyramidBuilder.build(s, "t", b);
        }
        assertEquals(fromNpy.levels(), fromCsv.levels());
        assertEquals(3, fromCsv.levels().size());
        assertEquals(fromNpy.min(), fromCsv.min());
        assertEquals(fromNpy.max(), fromCsv.max());
        assertEquals(fromNpy.present(), fromCsv.present());
        assertTrue(fromCsv.level0Float64(), "full resolution keeps the file's doubles");
        for (int p = 0; p < 4; p++) assertArrayEquals(fromNpy.embedded()[p], fromCsv.embedded()[p], "embedded plane " + p);
        assertEquals(fromNpy.means().keySet(), fromCsv.means().keySet());
        for (int k : fromNpy.means().keySet()) assertArrayEquals(fromNpy.means().get(k), fromCsv.means().get(k), "level " + k);
        List<Path> tiles = files(a);
        assertEquals(files(b), tiles);
        assertEquals(4 * 3 + 2 * 2, tiles.size(), "level 0: 4 × 3 tiles, level 1: 2 × 2");
        for (Path t : tiles) assertArrayEquals(Files.readAllBytes(b.resolve(t)), Files.readAllBytes(a.resolve(t)), t.toString());
    }

    Compiled compile(String body, dev.hmspec.tiles.TileOutputs outputs) throws Exception {
        Path spec = dir.resolve("s.hmspec");
        Files.writeString(spec, "heatmap \"m\" {\n  data \"m.csv\" wide rows gene columns sample value expr\n" + body + "}\n");
        return Hmspec.compile(spec, CompileOptions.defaults().withTileOutputs(outputs));
    }

    static final String XY = "  tiles on\n  x sample\n  y gene\n  color expr\n";

    @Test
    void a_tiled_wide_csv_keeps_its_keys_for_axes_and_hover() throws Exception {
        writeCsv(dir.resolve("m.csv"), -1);
        Compiled c = compile(XY, TileOutputs.STATIC);
        assertEquals(List.of(), MatrixViewsTest.codes(c), () -> c.diagnostics().toString());
        TiledGrid g = MatrixViewsTest.find(c.scene().orElseThrow().nodes(), TiledGrid.class).orElseThrow();
        assertEquals(COLS, g.columnKeys().size());
        assertEquals("s799", g.columnKeys().get(COLS - 1));
        assertEquals("g0", g.rowKeys().get(0));
        assertEquals(ROWS, g.tiles().rows());
        assertNull(g.tiles().directory());
    }

    @Test
    void a_line_that_is_not_plain_is_an_error_naming_line_and_field_and_check_does_not_read_it() throws Exception {
        writeCsv(dir.resolve("m.csv"), 57);
        Compiled c = compile(XY, TileOutputs.PAGE);
        assertEquals(List.of("HM471"), MatrixViewsTest.codes(c));
        assertTrue(c.diagnostics().get(0).message().startsWith("m.csv:line 57, field 3: \"oops\" is not a number"),
                c.diagnostics().get(0).message());
        assertEquals(List.of(), MatrixViewsTest.codes(compile(XY, TileOutputs.PLAN)), "check reads the header and counts lines");
    }

    @Test
    void transforms_and_normalize_on_an_explicitly_tiled_csv_are_an_error_and_other_fields_get_did_you_mean() throws Exception {
        writeCsv(dir.resolve("m.csv"), -1);
        Compiled c = compile("  filter expr > 0\n" + XY, TileOutputs.PAGE);
        assertEquals(List.of("HM470"), MatrixViewsTest.codes(c));
        assertEquals(List.of("HM470"), MatrixViewsTest.codes(compile(XY + "  normalize zscore by row\n", TileOutputs.PAGE)),
                "normalize needs the whole grid too");
        c = compile(XY.replace("y gene", "y genes"), TileOutputs.PAGE);
        assertEquals(List.of("HM201"), MatrixViewsTest.codes(c));
        assertTrue(c.diagnostics().get(0).help().orElse("").contains("gene"), c.diagnostics().get(0).toString());
    }

    @Test
    void without_a_tiles_statement_a_small_csv_stays_a_table() throws Exception {
        writeCsv(dir.resolve("m.csv"), -1);
        Compiled c = compile(XY.replace("  tiles on\n", ""), TileOutputs.PAGE);
        assertTrue(c.scene().isPresent(), () -> c.diagnostics().toString());
        assertTrue(MatrixViewsTest.find(c.scene().orElseThrow().nodes(), TiledGrid.class).isEmpty());
    }
}
