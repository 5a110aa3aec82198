package dev.hmspec.compile;

import static dev.hmspec.props.Props.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.props.Props;
import dev.hmspec.props.Stats;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Rect;
import dev.hmspec.scene.Text;
import dev.hmspec.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * End to end through the compiler, for every color scale type: null and NaN cells take the
 * unknown (no-data) color and the legend shows a no-data swatch; degenerate data (no values,
 * one value, all equal) compiles to a defined picture, never an exception.
 */
class ColorMappingProperties {
    private static final int NO_DATA = 0xFF123456;
    private static final List<String> SCALES = List.of("linear", "sqrt", "pow  exponent 2", "log", "symlog  constant 0.5",
            "diverging", "log  midpoint 5", "quantize  bins 4", "quantile  bins 3", "threshold 2, 5", "ordinal", "time");

    /** One view: a row of cells, value i (or missing) in cell i, colored with the given scale. */
    private static String spec(String scale, List<Integer> cells) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            Integer v = cells.get(i);
            String value = v == null ? "null" : scale.equals("ordinal") ? "\"c" + v + "\""
                    : scale.equals("time") ? "\"2026-01-" + String.format("%02d", 1 + v) + "\"" : String.valueOf(v);
            rows.append(i == 0 ? "" : ", ").append("{ x: \"").append(i).append("\", y: \"r\", v: ").append(value).append(" }");
        }
        return "heatmap \"t\" {\n  data values [" + rows + "]\n  x x\n  y y\n  color v { scale " + scale
                + "  unknown \"#123456\" }\n}\n";
    }

    @Test @DisplayName("every color scale maps null to the unknown color and survives empty, single and constant data")
    void unknownAndDegenerate() {
        Stats s = new Stats();
        qt().withExamples(600).forAll(integers().between(0, SCALES.size() - 1),
                        lists().of(integers().between(1, 20).mix(integers().between(7, 7), 40).mix(Generate.constant((Integer) null), 25)).ofSizeBetween(1, 8))
                .check((k, cells) -> {
                    s.tried();
                    String scale = SCALES.get(k);
                    s.hit("scale " + scale.split(" ")[0] + (scale.contains("midpoint") ? " diverging" : ""));
                    long present = cells.stream().filter(c -> c != null).count();
                    s.hitIf(present == 0, "no values");
                    s.hitIf(present == 1, "one value");
                    s.hitIf(present > 1 && cells.stream().filter(c -> c != null).distinct().count() == 1, "all equal");
                    s.hitIf(present < cells.size(), "missing cells");
                    Compiled c = Hmspec.compile(SourceFile.of("t.hmspec", spec(scale, cells)), CompileOptions.defaults());
                    if (c.hasErrors() || c.scene().isEmpty()) return false;
                    CellGrid grid = find(c.scene().get().nodes(), CellGrid.class).get(0);
                    for (int i = 0; i < cells.size(); i++) {
                        boolean unknown = grid.colors()[i] == NO_DATA;
                        if ((cells.get(i) == null) != unknown) return false; // unknown ⇔ missing
                    }
                    boolean swatch = find(c.scene().get().nodes(), Rect.class).stream().anyMatch(r -> r.role().equals("no-data"));
                    return swatch == (present < cells.size());
                });
        for (String scale : List.of("linear", "sqrt", "pow", "log", "symlog", "diverging", "log diverging", "quantize",
                "quantile", "threshold", "ordinal", "time")) s.assertHit(10, "scale " + scale);
        s.assertHit(10, "no values", "one value", "all equal", "missing cells");
        Props.report("compiler: unknown color for missing cells, degenerate data defined", s);
    }

    @Test @DisplayName("a quantize legend lists one swatch per bin with range labels, highest first")
    void discreteLegend() {
        String spec = "heatmap \"t\" {\n  data values [[0, 10], [20, 40]] matrix\n  x x\n  y y\n"
                + "  color value { scale quantize bins 4  scheme blues }\n}\n";
        Compiled c = Hmspec.compile(SourceFile.of("t.hmspec", spec), CompileOptions.defaults());
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        List<String> labels = new ArrayList<>();
        for (Text t : find(c.scene().get().nodes(), Text.class)) if (t.text().contains(" – ")) labels.add(t.text());
        assertEquals(List.of("30 – 40", "20 – 30", "10 – 20", "0 – 10"), labels);
        List<Rect> swatches = find(c.scene().get().nodes(), Rect.class).stream().filter(r -> r.role().equals("swatch")).toList();
        assertEquals(4, swatches.size());
        assertEquals(0xFF2171B5, swatches.get(0).fill()); // ColorBrewer's 4-class Blues, darkest on top
        assertTrue(find(c.scene().get().nodes(), Text.class).stream().noneMatch(t -> t.text().equals("no data")));
    }

    private static dev.hmspec.scene.Scene scene(String colorLine, String values) {
        String spec = "heatmap \"t\" {\n  data values " + values + " matrix\n  x x\n  y y\n  " + colorLine + "\n}\n";
        Compiled c = Hmspec.compile(SourceFile.of("t.hmspec", spec), CompileOptions.defaults());
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        return c.scene().orElseThrow();
    }

    @Test @DisplayName("scheme blues 3 makes a continuous scale stepped: three ColorBrewer colors, nothing between")
    void classesStepTheRamp() {
        CellGrid g = find(scene("color value { scheme blues 3 }", "[[0, 1, 2, 3, 4, 5]]").nodes(), CellGrid.class).get(0);
        java.util.Set<Integer> distinct = new java.util.TreeSet<>();
        for (int c : g.colors()) distinct.add(c);
        assertEquals(java.util.Set.of(0xFFDEEBF7, 0xFF9ECAE1, 0xFF3182BD), distinct);
    }

    @Test @DisplayName("interpolate picks the space a custom range blends in; the ends stay the given colors")
    void interpolation() {
        int oklab = find(scene("color value { range \"#ff0000\", \"#0000ff\" }", "[[0, 1, 2]]").nodes(), CellGrid.class).get(0).colors()[1];
        int rgb = find(scene("color value { range \"#ff0000\", \"#0000ff\"  interpolate rgb }", "[[0, 1, 2]]").nodes(), CellGrid.class).get(0).colors()[1];
        CellGrid hcl = find(scene("color value { range \"#ff0000\", \"#0000ff\"  interpolate hcl }", "[[0, 1, 2]]").nodes(), CellGrid.class).get(0);
        assertEquals(0xFF800080, rgb); // d3.interpolateRgb("red", "blue")(0.5) = rgb(128, 0, 128)
        assertEquals(dev.hmspec.color.Interpolation.OKLAB.interpolate(0xFFFF0000, 0xFF0000FF, 0.5), oklab);
        assertEquals(0xFFFF0000, hcl.colors()[0]);
        assertEquals(0xFF0000FF, hcl.colors()[2]);
    }

    @Test @DisplayName("a symlog colorbar is labelled at 0 and powers of ten, a time colorbar at calendar boundaries")
    void colorbarTicks() {
        List<String> symlog = new ArrayList<>();
        for (Text t : find(legend(scene("color value { scale symlog }", "[[0, 10, 100, 1000, 10000]]").nodes()), Text.class)) {
            if (t.role().equals("label")) symlog.add(t.text());
        }
        assertEquals(List.of("0", "1", "10", "100", "1,000", "10,000"), symlog);
        String spec = "heatmap \"t\" {\n  data values [{a: \"p\", d: \"2026-01-05\"}, {a: \"q\", d: \"2026-06-20\"}]\n"
                + "  x a\n  y a\n  color d { zone \"Europe/Berlin\" }\n}\n";
        Compiled c = Hmspec.compile(SourceFile.of("t.hmspec", spec), CompileOptions.defaults());
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        List<String> labels = new ArrayList<>();
        for (Text t : find(legend(c.scene().get().nodes()), Text.class)) if (t.role().equals("label")) labels.add(t.text());
        assertTrue(labels.containsAll(List.of("Feb", "Mar", "Apr", "May", "Jun")), labels.toString());
    }

    private static List<Node> legend(List<Node> nodes) {
        return find(nodes, Group.class).stream().filter(g -> g.role().equals("legend")).findFirst().orElseThrow().children();
    }

    static <T> List<T> find(List<Node> nodes, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Node n : nodes) {
            if (type.isInstance(n)) out.add(type.cast(n));
            if (n instanceof Group g) out.addAll(find(g.children(), type));
        }
        return out;
    }
}
