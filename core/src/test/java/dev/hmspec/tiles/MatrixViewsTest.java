package dev.hmspec.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.DiagnosticPrinter;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.TiledGrid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .npy views end to end through the compiler: small ones as tables, large ones (or `tiles on`) as tiled grids. */
class MatrixViewsTest {
    @TempDir Path dir;

    Compiled compile(String npyFixture, String body) throws Exception {
        Files.copy(Paths.get(MatrixViewsTest.class.getResource("/npy/" + npyFixture).toURI()), dir.resolve("m.npy"));
        Path spec = dir.resolve("s.hmspec");
        Files.writeString(spec, "heatmap \"m\" {\n  data \"m.npy\"\n" + body + "}\n");
        return Hmspec.compile(spec, CompileOptions.defaults());
    }

    static final String XY = "  x column\n  y row\n  color value\n";

    static <T extends Node> Optional<T> find(List<Node> nodes, Class<T> kind) {
        for (Node n : nodes) {
            if (kind.isInstance(n)) return Optional.of(kind.cast(n));
            if (n instanceof Group g) {
                Optional<T> inner = find(g.children(), kind);
                if (inner.isPresent()) return inner;
            }
        }
        return Optional.empty();
    }

    static List<String> codes(Compiled c) { return c.diagnostics().stream().map(Diagnostic::code).toList(); }

    @Test
    void a_small_matrix_is_a_table_of_row_column_value() throws Exception {
        Compiled c = compile("m_le_f4.npy", XY);
        assertEquals(List.of(), codes(c));
        CellGrid g = find(c.scene().orElseThrow().nodes(), CellGrid.class).orElseThrow();
        assertEquals(4, g.columns());
        assertEquals(3, g.rows());
        assertEquals(List.of("0", "1", "2", "3"), g.columnKeys());
        assertEquals(2 * 10 + 3 - 5, g.values()[g.index(3, 2)]);
        assertTrue(Double.isNaN(g.values()[g.index(2, 1)]), "NaN in the file is a missing value");
    }

    @Test
    void sidecar_label_files_name_rows_and_columns() throws Exception {
        Files.writeString(dir.resolve("m.rows.txt"), "alpha\nbeta\ngamma\n");
        Files.writeString(dir.resolve("m.columns.txt"), "a\nb\nc\nd\n");
        Compiled c = compile("m_le_f4.npy", XY);
        CellGrid g = find(c.scene().orElseThrow().nodes(), CellGrid.class).orElseThrow();
        assertEquals(List.of("a", "b", "c", "d"), g.columnKeys());
        assertEquals(List.of("alpha", "beta", "gamma"), g.rowKeys());
    }

    @Test
    void a_sidecar_with_the_wrong_count_is_an_error_naming_the_file() throws Exception {
        Files.writeString(dir.resolve("m.rows.txt"), "alpha\nbeta\n");
        Compiled c = compile("m_le_f4.npy", XY);
        assertEquals(List.of("HM467"), codes(c));
        assertTrue(c.diagnostics().get(0).message().startsWith("m.rows.txt has 2 labels; the matrix has 3 rows"));
    }

    @Test
    void tiles_on_draws_the_matrix_as_a_tiled_grid_with_the_scale_trained_on_all_cells() throws Exception {
        Compiled c = compile("m_le_f4.npy", "  tiles on\n" + XY + "  size 300 x 300\n");
        assertEquals(List.of(), codes(c));
        Scene s = c.scene().orElseThrow();
        TiledGrid t = find(s.nodes(), TiledGrid.class).orElseThrow();
        assertEquals(-5, t.tiles().min());
        assertEquals(18, t.tiles().max());
        assertEquals(11, t.tiles().present());
        assertEquals(List.of("0", "1", "2", "3"), t.columnKeys());
        assertEquals(4, t.preview().columns(), "a 4 x 3 matrix previews at full resolution");
        double[] domain = s.views().get(0).runtime().color().domain();
        assertTrue(domain[0] <= -5 && domain[1] >= 18, "legend domain covers the whole matrix");
        assertEquals(Optional.of(t.tiles().directory()), Optional.ofNullable(TileFolder.sets(s).get(t.tiles().id())));
    }

    @Test
    void a_fortran_order_file_is_a_positioned_error_naming_the_field() throws Exception {
        Compiled c = compile("fortran.npy", XY);
        assertEquals(List.of("HM460"), codes(c));
        String text = DiagnosticPrinter.print(c.diagnostics().get(0));
        assertTrue(text.startsWith(dir.resolve("s.hmspec") + ":2:8: error[HM460]: m.npy: .npy header field 'fortran_order' (byte "), text);
        assertTrue(text.contains("^^^^^^^"), text);
    }

    @Test
    void transforms_on_a_matrix_are_an_error() throws Exception {
        assertEquals(List.of("HM461"), codes(compile("m_le_f4.npy", "  filter value > 0\n" + XY)));
    }

    @Test
    void a_tiled_matrix_keeps_its_orientation() throws Exception {
        assertEquals(List.of("HM465"), codes(compile("m_le_f4.npy", "  tiles on\n  x row\n  y column\n  color value\n")));
    }

    @Test
    void an_unknown_field_gets_did_you_mean_over_row_column_value() throws Exception {
        Compiled c = compile("m_le_f4.npy", "  x colum\n  y row\n  color value\n");
        assertEquals(List.of("HM201"), codes(c));
        assertEquals(Optional.of("did you mean \"column\"?  (fields: row, column, value)"), c.diagnostics().get(0).help());
    }

    @Test
    void tiles_modes_are_checked_with_did_you_mean() throws Exception {
        Compiled c = compile("m_le_f4.npy", "  tiles of\n" + XY);
        assertEquals(List.of("HM462"), codes(c));
        assertTrue(c.diagnostics().get(0).help().orElseThrow().contains("\"off\""), c.diagnostics().get(0).help().toString());
        assertEquals(List.of("HM463"), codes(compile2("  tiles above\n" + XY)));
        assertEquals(List.of("HM463"), codes(compile2("  tiles on 5\n" + XY)));
    }

    Compiled compile2(String body) throws Exception {
        Path spec = dir.resolve("s2.hmspec");
        Files.writeString(spec, "heatmap \"m\" {\n  data \"m.npy\"\n" + body + "}\n");
        return Hmspec.compile(spec, CompileOptions.defaults());
    }

    @Test
    void a_tiled_grid_needs_a_continuous_scale() throws Exception {
        Compiled c = compile("m_le_f4.npy", "  tiles on\n  x column\n  y row\n  color value { scale quantile }\n");
        assertEquals(List.of("HM464"), codes(c));
    }

    @Test
    void tiles_on_a_table_source_warn_that_they_do_not_apply() throws Exception {
        Path spec = dir.resolve("t.hmspec");
        Files.writeString(dir.resolve("t.csv"), "a,b,v\n1,2,3\n");
        Files.writeString(spec, "heatmap \"t\" {\n  data \"t.csv\"\n  tiles on\n  x a\n  y b\n  color v\n}\n");
        assertEquals(List.of("HM468"), codes(Hmspec.compile(spec, CompileOptions.defaults())));
    }
}
