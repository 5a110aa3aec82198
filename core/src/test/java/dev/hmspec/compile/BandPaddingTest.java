package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.scale.BandScale;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Line;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.ViewInfo;
import dev.hmspec.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `padding` and `round` on x/y: the compiled cells are BandScale's bands, ticks at their centres. */
public class BandPaddingTest {
    static final double EPS = 1e-9;

    /** A cols × rows grid with the given x and y option blocks. */
    static Scene compile(int cols, int rows, String xOptions, String yOptions, String size) {
        String spec = spec(cols, rows, xOptions, yOptions, size, "");
        Compiled compiled = Hmspec.compile(SourceFile.of("tiles.hmspec", spec), CompileOptions.defaults());
        if (compiled.hasErrors()) throw new AssertionError(compiled.diagnostics().toString());
        return compiled.scene().orElseThrow();
    }

    /** The spec text: cell (c, r) of categories "c0".., "r0".. has value c·rows + r. */
    public static String spec(int cols, int rows, String xOptions, String yOptions, String size, String extra) {
        StringBuilder data = new StringBuilder();
        for (int c = 0; c < cols; c++)
            for (int r = 0; r < rows; r++)
                data.append(data.length() == 0 ? "" : ", ").append("{\"c\": \"c").append(c).append("\", \"r\": \"r").append(r)
                        .append("\", \"v\": ").append(c * rows + r).append('}');
        return "heatmap \"Tiles\" {\n data values [" + data + "]\n x c { " + xOptions + " }\n y r { " + yOptions
                + " }\n color v\n size " + size + "\n " + extra + "\n}\n";
    }

    static <T extends Node> List<T> find(List<Node> nodes, Class<T> kind, String groupRole, boolean inside, List<T> out) {
        for (Node n : nodes) {
            if (kind.isInstance(n) && inside) out.add(kind.cast(n));
            if (n instanceof Group g) find(g.children(), kind, groupRole, inside || g.role().equals(groupRole), out);
        }
        return out;
    }

    static CellGrid grid(Scene s) { return find(s.nodes(), CellGrid.class, "view", false, new ArrayList<>()).get(0); }

    /** The 6 × 4 grid of 40 × 30 slots with x padding 0.2 and y padding 0.1 the renderer tests draw. */
    public static Scene compileForRenderers() { return compile(6, 4, "padding 0.2", "padding 0.1", "cell 40 x 30"); }

    /** The same grid with the given options on both axes. */
    public static Scene compileForRenderers(String options) { return compile(6, 4, options, options, "cell 40 x 30"); }

    public static CellGrid gridOf(Scene s) { return grid(s); }

    static List<Line> ticks(Scene s, String axis) { return find(s.nodes(), Line.class, axis, false, new ArrayList<>()); }

    static BandScale band(int n, double extent, double padding) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) keys.add("k" + i);
        return new BandScale(keys, 0, extent).withPaddingInner(padding).withPaddingOuter(padding / 2);
    }

    @Test
    void padded_cells_are_the_band_scale_bands_and_ticks_sit_at_their_centres() {
        Scene s = compile(6, 4, "padding 0.2", "padding 0.1", "cell 40 x 30");
        CellGrid g = grid(s);
        ViewInfo v = s.views().get(0);
        assertEquals(240, g.width(), EPS);
        assertEquals(0.1, g.columnInset(), EPS);
        assertEquals(0.05, g.rowInset(), EPS);
        BandScale bx = band(6, g.width(), 0.2), by = band(4, g.height(), 0.1);
        // d3's range law: step · (n − paddingInner + 2·paddingOuter) = extent, so slots tile the plot.
        assertEquals(g.width(), bx.step() * (6 - bx.paddingInner() + 2 * bx.paddingOuter()), EPS);
        assertEquals(g.height(), by.step() * (4 - by.paddingInner() + 2 * by.paddingOuter()), EPS);
        assertEquals(32, bx.bandwidth(), EPS);
        List<Line> xTicks = ticks(s, "axis-x"), yTicks = ticks(s, "axis-y");
        for (int c = 0; c < 6; c++) {
            double[] span = g.columnSpan(c);
            assertEquals(bx.start(c), span[0], EPS, "column " + c + " start");
            assertEquals(bx.bandwidth(), span[1] - span[0], EPS, "column " + c + " width");
            assertEquals(g.x() + bx.start(c) + bx.bandwidth() / 2, xTicks.get(c).x1(), EPS, "x tick " + c + " at the band centre");
            if (c > 0) assertEquals(bx.step() - bx.bandwidth(), span[0] - g.columnSpan(c - 1)[1], EPS, "gap before column " + c);
        }
        for (int r = 0; r < 4; r++) {
            double[] span = g.rowSpan(r);
            assertEquals(by.start(r), span[0], EPS, "row " + r + " start");
            assertEquals(by.bandwidth(), span[1] - span[0], EPS, "row " + r + " height");
            assertEquals(g.y() + by.start(r) + by.bandwidth() / 2, yTicks.get(r).y1(), EPS, "y tick " + r + " at the band centre");
        }
        assertEquals(g.x(), v.plotX(), EPS);
        assertEquals(g.width(), v.plotWidth(), EPS);
    }

    @Test
    void without_padding_cells_touch_as_before() {
        CellGrid g = grid(compile(5, 3, "", "", "cell 20 x 20"));
        assertEquals(0, g.columnInset());
        assertEquals(0, g.rowInset());
        assertEquals(20, g.columnSpan(2)[1] - g.columnSpan(2)[0], EPS);
    }

    @Test
    void round_stays_a_soft_keyword_for_the_function_and_field_names() {
        String spec = "heatmap \"r\" {\n data values [{\"a\": \"x\", \"b\": \"y\", \"v\": 1.4}]\n derive round = round(v)\n"
                + " x a { round  padding 0.1 }\n y b\n color round\n}\n";
        Compiled c = Hmspec.compile(SourceFile.of("r.hmspec", spec), CompileOptions.defaults());
        assertEquals(List.of(), c.diagnostics());
    }

    @Test
    void round_snaps_every_band_edge_and_tick_to_whole_pixels() {
        Scene s = compile(7, 3, "padding 0.15  round", "padding 0.3  round", "333 x 211");
        CellGrid g = grid(s);
        ViewInfo v = s.views().get(0);
        double w0 = g.columnSpan(0)[1] - g.columnSpan(0)[0];
        assertEquals(Math.rint(w0), w0, 1e-6, "bandwidth is whole");
        for (int c = 0; c < 7; c++) {
            double[] span = g.columnSpan(c);
            assertEquals(Math.rint(g.x() + span[0]), g.x() + span[0], 1e-6, "column " + c + " starts on a pixel");
            assertEquals(Math.rint(g.x() + span[1]), g.x() + span[1], 1e-6, "column " + c + " ends on a pixel");
            assertEquals(w0, span[1] - span[0], 1e-6, "equal bands");
        }
        for (int r = 0; r < 3; r++) {
            double[] span = g.rowSpan(r);
            assertEquals(Math.rint(g.y() + span[0]), g.y() + span[0], 1e-6, "row " + r + " starts on a pixel");
            assertEquals(Math.rint(g.y() + span[1]), g.y() + span[1], 1e-6, "row " + r + " ends on a pixel");
        }
        double step = g.columnEdges()[1] - g.columnEdges()[0];
        assertEquals(Math.floor(step), step, 1e-9, "the step is floored");
        assertTrue(g.x() >= v.plotX() - EPS && g.width() <= v.plotWidth() + EPS, "runtime plot is the grid box");
        List<Line> xTicks = ticks(s, "axis-x");
        for (int c = 0; c < 7; c++) {
            double[] span = g.columnSpan(c);
            assertEquals(g.x() + (span[0] + span[1]) / 2, xTicks.get(c).x1(), 1e-6, "x tick " + c + " at the band centre");
        }
    }
}
