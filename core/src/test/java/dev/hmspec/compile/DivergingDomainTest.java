package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.color.Color;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.Text;
import dev.hmspec.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 11 item 7: a diverging scale trained on data is symmetric about its midpoint, labelled on both sides. */
class DivergingDomainTest {
    static Scene scene(String colorLine) {
        String spec = "heatmap \"t\" {\n  data values [[-52, -9, 0, 9]] matrix\n  x x\n  y y\n  " + colorLine + "\n}\n";
        Compiled c = Hmspec.compile(SourceFile.of("t.hmspec", spec), CompileOptions.defaults());
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        return c.scene().orElseThrow();
    }

    static List<String> legendLabels(Scene s) {
        Group legend = ColorMappingProperties.find(s.nodes(), Group.class).stream()
                .filter(g -> g.role().equals("legend")).findFirst().orElseThrow();
        return ColorMappingProperties.find(legend.children(), Text.class).stream()
                .filter(t -> t.role().equals("label")).map(Text::text).toList();
    }

    /** Distance from the midpoint's color, as the eye reads strength on a diverging scheme. */
    static double strength(int color, int mid) {
        return Math.abs(Color.luminance(color) - Color.luminance(mid));
    }

    @Test @DisplayName("scale diverging over -52 .. 9 has the domain -52 .. 52: +9 looks as weak as -9, not as strong as -52")
    void symmetricDomain() {
        Scene s = scene("color value { scale diverging }");
        CellGrid g = ColorMappingProperties.find(s.nodes(), CellGrid.class).get(0);
        assertArrayEquals(new double[] {-52, 0, 52}, s.views().get(0).runtime().color().domain(), 1e-9);
        int minus52 = g.colors()[0], minus9 = g.colors()[1], mid = g.colors()[2], plus9 = g.colors()[3];
        assertEquals(strength(minus9, mid), strength(plus9, mid), 0.03);
        assertTrue(strength(plus9, mid) < strength(minus52, mid) / 2);
    }

    @Test @DisplayName("the colorbar of a symmetric diverging scale is labelled on both sides of the midpoint")
    void bothSidesLabelled() {
        List<String> labels = legendLabels(scene("color value { midpoint 0 }"));
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("-") || l.startsWith("−")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.matches("[1-9][0-9]*")), labels.toString());
    }

    @Test @DisplayName("an explicit domain is kept as written, asymmetric or not")
    void explicitDomainKept() {
        Scene s = scene("color value { midpoint 0  domain -52 .. 9 }");
        assertArrayEquals(new double[] {-52, 0, 9}, s.views().get(0).runtime().color().domain(), 1e-9);
    }

    @Test @DisplayName("a log diverging domain is symmetric in ratio: midpoint 10 over 2 .. 20 gives 2 .. 50")
    void logRatio() {
        assertArrayEquals(new double[] {2, 50}, ScaleFactory.ratioSymmetric(2, 10, 20), 1e-9);
        assertArrayEquals(new double[] {-50, -2}, ScaleFactory.ratioSymmetric(-20, -10, -2), 1e-9);
    }
}
