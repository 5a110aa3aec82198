package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.bind.Binder;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.resolve.ResolvedView;
import dev.hmspec.resolve.Resolver;
import dev.hmspec.source.SourceFile;
import dev.hmspec.syntax.SpecParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The arithmetic layout of a wide matrix gives exactly the cells the general row-by-row path gives. */
class GridCellsTest {
    @TempDir Path dir;

    private void writeWide(String name, int rows, int columns, boolean yearColumns) throws Exception {
        Random r = new Random(rows + columns);
        StringBuilder b = new StringBuilder("gene");
        for (int c = 0; c < columns; c++) b.append(',').append(yearColumns ? String.valueOf(1000 + (c * 7919) % 9000) : "s" + (c * 31 % columns));
        b.append('\n');
        for (int i = 0; i < rows; i++) {
            b.append("g").append((i * 17) % rows);
            for (int c = 0; c < columns; c++) b.append(',').append(r.nextInt(10) == 0 ? "NA" : String.format("%.3f", r.nextGaussian()));
            b.append('\n');
        }
        Files.writeString(dir.resolve(name), b.toString());
    }

    private ResolvedView view(String body) throws Exception {
        Path spec = dir.resolve("t.hmspec");
        Files.writeString(spec, "heatmap \"t\" {\n" + body + "\n}\n");
        SourceFile file = SourceFile.read(spec);
        var parsed = SpecParser.parse(file);
        List<Diagnostic> found = new ArrayList<>();
        var bound = Binder.bind(file, parsed.ast().views().get(0), CompileOptions.defaults(), found).orElseThrow();
        assertTrue(bound.table().gridOrigin().isPresent(), "the wide reader records the matrix");
        return Resolver.resolve(bound);
    }

    private static void assertSameCells(CellData general, Optional<CellData> grid) {
        assertTrue(grid.isPresent(), "the arithmetic path applies");
        CellData g = grid.get();
        assertEquals(general.xKeys(), g.xKeys());
        assertEquals(general.yKeys(), g.yKeys());
        assertEquals(general.xLabels(), g.xLabels());
        assertEquals(general.yLabels(), g.yLabels());
        assertArrayEquals(Arrays.stream(general.values()).mapToLong(Double::doubleToRawLongBits).toArray(),
                Arrays.stream(g.values()).mapToLong(Double::doubleToRawLongBits).toArray());
        assertEquals(general.duplicates(), g.duplicates());
        assertEquals(general.tooltips() == null, g.tooltips() == null);
    }

    @Test void sameCellsInEveryOrientationAndOrder() throws Exception {
        writeWide("w.csv", 40, 700, false);
        String data = "  data \"w.csv\" wide rows gene columns sample\n";
        for (String axes : List.of("  x sample\n  y gene", "  x gene\n  y sample", "  x sample { sort descending }\n  y gene { reverse }",
                "  x gene { sort ascending }\n  y sample { sort natural }", "  x sample { reverse }\n  y gene { sort descending }")) {
            ResolvedView v = view(data + axes + "\n  color value");
            assertSameCells(CellData.general(v, null), GridCells.of(v, null));
        }
    }

    @Test void numericKeysAndFormatsToo() throws Exception {
        writeWide("years.csv", 25, 1000, true);
        ResolvedView v = view("  data \"years.csv\" wide rows gene columns year\n  x year\n  y gene\n  color value");
        assertSameCells(CellData.general(v, null), GridCells.of(v, null));
        ResolvedView f = view("  data \"years.csv\" wide rows gene columns year\n  x year { format \".1f\" }\n  y gene\n  color value");
        assertSameCells(CellData.general(f, null), GridCells.of(f, null));
    }

    @Test void smallGridsAndCellTextGoTheGeneralWay() throws Exception {
        writeWide("small.csv", 10, 100, false);
        ResolvedView small = view("  data \"small.csv\" wide rows gene columns sample\n  x sample\n  y gene\n  color value");
        assertTrue(GridCells.of(small, null).isEmpty(), "small grids carry per-cell tooltips");
        writeWide("big.csv", 30, 800, false);
        ResolvedView text = view("  data \"big.csv\" wide rows gene columns sample\n  x sample\n  y gene\n  color value\n  text value");
        assertTrue(GridCells.of(text, null).isEmpty());
    }

    @Test void aRepeatedRowKeyRecordsNoMatrixSoDuplicatesAreCountedAsEver() throws Exception {
        StringBuilder b = new StringBuilder("gene");
        for (int c = 0; c < 30_000; c++) b.append(",s").append(c);
        b.append('\n');
        for (String g : List.of("a", "b", "a")) { b.append(g); for (int c = 0; c < 30_000; c++) b.append(",1"); b.append('\n'); }
        Files.writeString(dir.resolve("dup.csv"), b.toString());
        Path spec = dir.resolve("d.hmspec");
        Files.writeString(spec, "heatmap \"d\" {\n  data \"dup.csv\" wide rows gene columns sample\n  x sample\n  y gene\n  color value\n}\n");
        SourceFile file = SourceFile.read(spec);
        var bound = Binder.bind(file, SpecParser.parse(file).ast().views().get(0), CompileOptions.defaults(), new ArrayList<>()).orElseThrow();
        assertTrue(bound.table().gridOrigin().isEmpty());
        assertEquals(30_000, CellData.of(Resolver.resolve(bound)).duplicates());
    }
}
