package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Text;
import dev.hmspec.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels never vanish silently (issue 11, item 8): a thinned axis says so on the chart and in a warning. */
class ThinnedLabelsTest {
    /** A spec of {@code rows} genes × 3 samples, automatic size. */
    static String spec(int rows) {
        StringBuilder data = new StringBuilder();
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < 3; c++)
                data.append(data.length() == 0 ? "" : ", ").append(String.format("{\"gene\": \"gene-%03d\", \"s\": \"s%d\", \"v\": %d}", r, c, r * 3 + c));
        return "heatmap \"Genes\" {\n  data values [" + data + "]\n  x s\n  y gene\n  color v\n  interact zoom\n}\n";
    }

    static Compiled compile(int rows) {
        Compiled c = Hmspec.compile(SourceFile.of("genes.hmspec", spec(rows)), CompileOptions.defaults());
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        return c;
    }

    static List<Text> notes(Compiled c, String axis) {
        List<Group> groups = ColorMappingProperties.find(c.scene().orElseThrow().nodes(), Group.class);
        Group g = groups.stream().filter(x -> x.role().equals("axis-" + axis)).findFirst().orElseThrow();
        return ColorMappingProperties.find(g.children(), Text.class).stream().filter(t -> t.role().equals("axis-note")).toList();
    }

    @Test
    void aThinnedRowAxisDrawsANoteBesideItsTitleAndWarnsWithTheCount() {
        Compiled c = compile(255);
        List<Text> notes = notes(c, "y");
        assertEquals(1, notes.size());
        assertEquals("every 10th label", notes.get(0).text());
        assertEquals(-90, notes.get(0).angle(), "read along the rotated title");
        List<Diagnostic> thinned = c.diagnostics().stream()
                .filter(d -> d.code().equals("HM430") && d.message().startsWith("y ")).toList();
        assertEquals(1, thinned.size(), thinned.toString());
        assertTrue(thinned.get(0).message().startsWith("y labels thinned: 26 of 255 drawn (every 10th label;"), thinned.get(0).message());
        assertEquals(4, thinned.get(0).line(), "points at the y encoding");
        long labels = ColorMappingProperties.find(c.scene().orElseThrow().nodes(), Text.class).stream()
                .filter(t -> t.role().equals("label") && t.text().startsWith("gene-")).count();
        assertEquals(26, labels, "the note's count is the drawn count");
    }

    @Test
    void onAShortChartTheRowTitleAndNoteAreCentredTogetherWithinTheGridsHeight() {
        String spec = spec(255).replace("  interact zoom\n", "  size 300 x 220\n");
        Compiled c = Hmspec.compile(SourceFile.of("short.hmspec", spec), CompileOptions.defaults());
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        var grid = c.scene().orElseThrow().views().get(0).box("grid").orElseThrow();
        Text note = notes(c, "y").get(0);
        Text title = ColorMappingProperties.find(c.scene().orElseThrow().nodes(), Text.class).stream()
                .filter(t -> t.role().equals("axis-title") && t.angle() == -90).findFirst().orElseThrow();
        double noteEnd = note.y() - TextMeasure.width(note.text(), note.fontSize(), false); // read upwards
        double titleStart = title.y() + TextMeasure.width(title.text(), title.fontSize(), true) / 2;
        assertTrue(noteEnd >= grid.y() - 1e-9, "the note ends below the grid's top: " + noteEnd + " vs " + grid.y());
        assertTrue(titleStart <= grid.y() + grid.height() + 1e-9, "the title starts above the grid's bottom");
        assertEquals((noteEnd + titleStart) / 2, grid.y() + grid.height() / 2, 1e-6, "centred together");
    }

    @Test
    void anAxisThatShowsEveryLabelHasNoNoteAndNoWarning() {
        Compiled c = compile(12);
        assertEquals(List.of(), notes(c, "y"));
        assertEquals(List.of(), notes(c, "x"));
        assertEquals(List.of(), c.diagnostics());
    }

    @Test
    void ordinalsReadAsEnglish() {
        assertEquals("every 2nd label", LayoutMessages.everyNthLabel(2));
        assertEquals("every 5th label", LayoutMessages.everyNthLabel(5));
        assertEquals("every 21st label", LayoutMessages.everyNthLabel(21));
        assertEquals("every 112th label", LayoutMessages.everyNthLabel(112));
        assertEquals("every 1003rd label", LayoutMessages.everyNthLabel(1003));
    }
}
