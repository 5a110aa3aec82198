package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Severity;
import dev.hmspec.scene.BandTrack;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Scene;
import dev.hmspec.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 10 items 5 and 6: mask, annotation bars and marginal charts, from spec to scene. */
class DecorationsTest {
    /** A 3 × 3 matrix a..c × a..c with v = 10·row + col, a group per row and a batch per column. */
    static final String MATRIX;

    static {
        StringBuilder b = new StringBuilder("data values [");
        String[] k = {"a", "b", "c"}, group = {"g1", "g1", "g2"};
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                if (r + c > 0) b.append(',');
                b.append("{\"x\":\"").append(k[c]).append("\",\"y\":\"").append(k[r]).append("\",\"v\":").append(10 * r + c)
                        .append(",\"g\":\"").append(group[r]).append("\",\"n\":").append(r * 1.5)
                        .append(",\"batch\":\"").append(c == 1 ? "B" : "A").append("\"}");
            }
        }
        MATRIX = b.append(']').toString();
    }

    static Compiled compile(String body) {
        String spec = "heatmap \"t\" {\n  " + MATRIX + "\n  x x\n  y y\n" + body + "\n}\n";
        return Hmspec.compile(SourceFile.of("t.hmspec", spec), CompileOptions.defaults());
    }

    static Scene scene(String body) {
        Compiled c = compile(body);
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        return c.scene().orElseThrow();
    }

    static CellGrid grid(Scene s) { return ColorMappingProperties.find(s.nodes(), CellGrid.class).get(0); }

    static Diagnostic first(Compiled c, String code) {
        return c.diagnostics().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + c.diagnostics()));
    }

    @Test @DisplayName("mask upper hides the cells right of the diagonal, keeps their values and says masked in their tooltips")
    void maskUpper() {
        CellGrid g = grid(scene("  color v\n  mask upper"));
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                int i = g.index(c, r);
                assertEquals(c > r, g.isMasked(i), "cell " + c + "," + r);
                assertEquals(c > r, g.colors()[i] >>> 24 == 0, "a masked cell is not painted: " + c + "," + r);
                assertEquals(10 * r + c, g.values()[i], "the value stays");
                assertEquals(c > r, g.tooltips()[i].startsWith("masked\n"), g.tooltips()[i]);
            }
        }
        assertTrue(g.tooltips()[g.index(2, 0)].contains("v: 2"), "a masked tooltip still shows the value");
    }

    @Test @DisplayName("masked cells are left out of the color domain: the darkest and brightest colors go to shown cells")
    void maskedCellsLeaveTheDomain() {
        CellGrid plain = grid(scene("  color v"));
        CellGrid masked = grid(scene("  color v\n  mask lower, diagonal"));
        // Shown: (1,0) = 1, (2,0) = 2, (2,1) = 12. Unmasked, 0 and 22 are the ends; masked, 1 and 12 are.
        assertEquals(plain.colors()[plain.index(0, 0)], masked.colors()[masked.index(1, 0)], "v = 1 takes the domain's low color");
        assertEquals(plain.colors()[plain.index(2, 2)], masked.colors()[masked.index(2, 1)], "v = 12 takes the domain's high color");
        assertEquals(6, countMasked(masked), "lower (3) and diagonal (3)");
    }

    static int countMasked(CellGrid g) {
        int n = 0;
        for (int i = 0; i < g.values().length; i++) if (g.isMasked(i)) n++;
        return n;
    }

    @Test @DisplayName("mask by a condition hides the cells whose row makes it true")
    void maskCondition() {
        CellGrid g = grid(scene("  color v\n  mask v < 5 or v == 22"));
        for (int i = 0; i < g.values().length; i++) assertEquals(g.values()[i] < 5 || g.values()[i] == 22, g.isMasked(i), "cell " + i);
    }

    @Test @DisplayName("triangles follow the displayed order: with both axes reversed, upper hides what lower hid")
    void trianglesAfterOrdering() {
        CellGrid g = grid(scene("  color v\n  mask upper")); // a..c down
        CellGrid rev = grid(Hmspec.compile(SourceFile.of("t.hmspec", "heatmap \"t\" {\n  " + MATRIX
                + "\n  x x { reverse }\n  y y { reverse }\n  color v\n  mask upper\n}\n"), CompileOptions.defaults()).scene().orElseThrow());
        assertEquals(List.of("c", "b", "a"), rev.columnKeys());
        // Displayed cell (col 2, row 0) is x = a, y = c: above the displayed diagonal, so masked; its value is 20.
        assertTrue(rev.isMasked(rev.index(2, 0)));
        assertEquals(20, rev.values()[rev.index(2, 0)]);
        assertTrue(g.isMasked(g.index(2, 0)));
    }

    @Test @DisplayName("a triangle over axes of different categories is a positioned error")
    void triangleNeedsSquare() {
        String spec = "heatmap \"t\" {\n  " + MATRIX + "\n  x x\n  y g\n  color v\n  mask lower\n}\n";
        Compiled c = Hmspec.compile(SourceFile.of("t.hmspec", spec), CompileOptions.defaults());
        Diagnostic d = first(c, "HM441");
        assertEquals(6, d.line());
        assertEquals(8, d.column());
        assertTrue(d.message().contains("x has 3 categories and y has 2"), d.message());
        assertTrue(c.scene().isEmpty());
    }

    @Test @DisplayName("a misspelt triangle gets a did-you-mean")
    void misspeltTriangle() {
        Diagnostic d = first(compile("  color v\n  mask uper"), "HM440");
        assertEquals("did you mean \"upper\"?", d.help().orElse(""));
        assertEquals(6, d.line());
    }

    @Test @DisplayName("a mask condition that is not true/false is an error, and so is a second mask")
    void conditionType() {
        assertEquals(6, first(compile("  color v\n  mask v + 1"), "HM447").line());
        assertEquals(7, first(compile("  color v\n  mask upper\n  mask lower"), "HM448").line());
    }

    @Test @DisplayName("an annotation bar has a color per row from its field, a legend, and its line in each cell's tooltip")
    void annotationRows() {
        Scene s = scene("  color v\n  annotate rows g { scheme set1 }");
        BandTrack t = s.views().get(0).bandTracks().get(0);
        assertEquals("annotation", t.kind());
        assertEquals("y", t.axis());
        assertEquals(t.colors()[0], t.colors()[1], "rows a and b are both g1");
        assertTrue(t.colors()[0] != t.colors()[2], "row c is g2");
        assertEquals(0xFFE41A1C, t.colors()[0], "set1's first color");
        assertEquals("y: c\ng: g2", t.tips().get(2));
        CellGrid g = grid(s);
        assertTrue(g.tooltips()[g.index(1, 2)].endsWith("\ng: g2"), g.tooltips()[g.index(1, 2)]);
        assertTrue(s.views().get(0).box("annotation-legend").isPresent(), "the bar has its own legend");
        assertEquals(g.y(), t.y(), 1e-9, "the bar starts at the grid's top");
        assertEquals(g.height(), t.height(), 1e-9, "and is as long as the grid");
    }

    @Test @DisplayName("a numeric annotation takes a continuous scale; column annotations go on top")
    void annotationColumnsAndNumbers() {
        Scene s = scene("  color v\n  annotate rows n\n  annotate columns batch { legend none }");
        List<BandTrack> ts = s.views().get(0).bandTracks();
        assertEquals(List.of("y", "x"), ts.stream().map(BandTrack::axis).toList());
        BandTrack n = ts.get(0);
        assertTrue(n.colors()[0] != n.colors()[1] && n.colors()[1] != n.colors()[2], "0, 1.5 and 3 get three colors");
        assertEquals(List.of("x: a\nbatch: A", "x: b\nbatch: B", "x: c\nbatch: A"), ts.get(1).tips());
        assertTrue(ts.get(1).y() + ts.get(1).height() <= grid(s).y(), "column bars sit above the grid");
    }

    @Test @DisplayName("a row key with several values of the annotation field is a warning that says which value is drawn")
    void severalValues() {
        Compiled c = compile("  color v\n  annotate rows batch");
        Diagnostic d = first(c, "HM446");
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("row \"a\" (\"A\" and \"B\"; 2 more rows like it)"), d.message());
        assertTrue(d.message().endsWith("the bar shows the first in data order, \"A\""), d.message());
        assertTrue(c.scene().isPresent(), "a warning, not an error");
    }

    @Test @DisplayName("an unknown annotation field gets a did-you-mean over the data's fields")
    void unknownAnnotationField() {
        Diagnostic d = first(compile("  color v\n  annotate rows gg"), "HM201");
        assertTrue(d.help().orElse("").startsWith("did you mean \"g\"?"), d.help().toString());
    }

    @Test @DisplayName("a marginal chart aggregates the shown cells per row; masked cells are left out")
    void marginHonorsMask() {
        BandTrack plain = scene("  color v\n  margin right sum(v)").views().get(0).bandTracks().get(0);
        assertArrayEquals(new double[] {3, 33, 63}, plain.values());
        assertEquals("margin", plain.kind());
        assertEquals("y: b\nsum(v): 33", plain.tips().get(1));
        BandTrack masked = scene("  color v\n  mask upper\n  margin right sum(v)").views().get(0).bandTracks().get(0);
        assertArrayEquals(new double[] {0, 21, 63}, masked.values());
        BandTrack count = scene("  color v\n  mask upper\n  margin top count()").views().get(0).bandTracks().get(0);
        assertArrayEquals(new double[] {3, 2, 1}, count.values());
        assertEquals("x", count.axis());
        assertEquals(0, count.domain()[0]);
        assertTrue(count.domain()[1] >= 3);
    }

    @Test @DisplayName("margin mean and max per column")
    void marginMeanMax() {
        assertArrayEquals(new double[] {10, 11, 12}, scene("  color v\n  margin top mean()").views().get(0).bandTracks().get(0).values());
        assertArrayEquals(new double[] {20, 21, 22}, scene("  color v\n  margin bottom max(v)").views().get(0).bandTracks().get(0).values());
    }

    @Test @DisplayName("margin errors: unknown side and aggregate with did-you-mean, a field other than color's, two on a side")
    void marginErrors() {
        assertEquals("did you mean \"right\"?", first(compile("  color v\n  margin rigth sum(v)"), "HM443").help().orElse(""));
        assertEquals("did you mean \"mean\"?", first(compile("  color v\n  margin right meen(v)"), "HM444").help().orElse(""));
        assertEquals(6, first(compile("  color v\n  margin right sum(n)"), "HM445").line());
        assertEquals(7, first(compile("  color v\n  margin right sum(v)\n  margin right count()"), "HM448").line());
        assertEquals("did you mean \"scheme\"?", first(compile("  color v\n  annotate rows g { schem set1 }"), "HM442").help().orElse(""));
    }

    @Test @DisplayName("a view without decorations has no band tracks and no mask")
    void nothing() {
        Scene s = scene("  color v");
        assertTrue(s.views().get(0).bandTracks().isEmpty());
        assertNull(grid(s).masked());
    }

    @Test @DisplayName("an annotation with a numeric scale over a text field is an error at the field")
    void annotationScaleNeedsNumbers() {
        Compiled c = compile("  color v\n  annotate rows g { scale linear }");
        assertTrue(c.hasErrors());
        assertTrue(c.diagnostics().stream().anyMatch(d -> d.isError() && d.line() == 6 && d.message().contains("\"g\"")),
                c.diagnostics().toString());
    }

    @Test @DisplayName("annotation values from the data are escaped in SVG and never markup in the page")
    void hostileAnnotationValues() {
        String spec = "heatmap \"t\" {\n  data values [{\"x\":\"a\",\"y\":\"b\",\"v\":1,\"g\":\"<script>alert(1)</script>\"}]\n"
                + "  x x\n  y y\n  color v\n  annotate rows g\n  margin right sum(v)\n  interact tooltip\n}\n";
        Scene s = Hmspec.compile(SourceFile.of("t.hmspec", spec), CompileOptions.defaults()).scene().orElseThrow();
        String svg = new String(dev.hmspec.render.Renderers.render(s, dev.hmspec.render.Format.SVG,
                dev.hmspec.render.RenderOptions.defaults()), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(svg.contains("<script"), "no raw markup in the SVG");
        assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the legend shows the value as text");
        String html = new String(dev.hmspec.render.Renderers.render(s, dev.hmspec.render.Format.HTML,
                dev.hmspec.render.RenderOptions.defaults()), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(html.contains("<script>alert"), "the page data carries it escaped");
    }
}
