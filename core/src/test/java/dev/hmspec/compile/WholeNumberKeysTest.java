package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.html.HtmlRenderer;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.Text;
import dev.hmspec.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 11 item 6: whole-number categories (years, IDs, codes) print without grouping separators. */
class WholeNumberKeysTest {
    static Scene scene(String body) {
        String spec = "heatmap \"t\" {\n  data values [{year: 2011, k: \"a\", v: 1, id: 12345}, {year: 2012, k: \"b\", v: 2500, id: 67890}]\n"
                + body + "}\n";
        Compiled c = Hmspec.compile(SourceFile.of("t.hmspec", spec), CompileOptions.defaults());
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        return c.scene().orElseThrow();
    }

    static CellGrid grid(Scene s) { return ColorMappingProperties.find(s.nodes(), CellGrid.class).get(0); }

    @Test @DisplayName("an axis of whole numbers labels 2012 as \"2012\", not \"2,012\", on the axis and in the page's keys")
    void yearsOnAnAxis() {
        Scene s = scene("  x year\n  y k\n  color v\n");
        assertEquals(List.of("2011", "2012"), grid(s).columnKeys());
        List<String> labels = ColorMappingProperties.find(s.nodes(), Text.class).stream()
                .filter(t -> t.role().equals("label")).map(Text::text).toList();
        assertTrue(labels.containsAll(List.of("2011", "2012")), labels.toString());
        assertFalse(labels.stream().anyMatch(l -> l.equals("2,011") || l.equals("2,012")), labels.toString());
        // The page's tooltips and CSV export read these keys.
        String page = HtmlRenderer.page(s, RenderOptions.defaults());
        assertTrue(page.contains("\"xKeys\":[\"2011\",\"2012\"]"), "page keys");
    }

    @Test @DisplayName("tooltips show whole-number axis fields without separators; color values keep theirs")
    void defaultTooltip() {
        String tip = grid(scene("  x year\n  y k\n  color v\n")).tooltips()[0];
        assertTrue(tip.contains("year: 2011"), tip);
        assertEquals("year: 2012\nk: b\nv: 2,500", grid(scene("  x year\n  y k\n  color v\n")).tooltips()[3]);
    }

    @Test @DisplayName("a tooltip field's format \"d\" is honored, on an axis field and on any other field")
    void tooltipFormatD() {
        String tip = grid(scene("  x year\n  y k\n  color v\n  tooltip year format \"d\", id format \"d\", v\n")).tooltips()[0];
        assertEquals("year: 2011\nid: 12345\nv: 1", tip);
    }

    @Test @DisplayName("an explicit axis format still wins over the whole-number default")
    void explicitFormatWins() {
        assertEquals(List.of("2,011", "2,012"), grid(scene("  x year { format \",\" }\n  y k\n  color v\n")).columnKeys());
    }
}
