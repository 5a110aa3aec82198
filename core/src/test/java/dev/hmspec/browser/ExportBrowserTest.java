package dev.hmspec.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** What the page's export buttons write: overlays as drawn, and CSV that a spreadsheet will not run. */
class ExportBrowserTest {
    static Browser b;

    @BeforeAll static void start() { b = Browser.start(); }
    @AfterAll static void stop() { if (b != null) b.close(); }
    @AfterEach void noConsoleErrors() { assertEquals(List.of(), b.consoleErrors(), "console errors"); }

    static final String SPEC = """
            heatmap "Export" {
              data values [
                {"k": "=HYPERLINK(\\"http://x\\")", "r": "+1+cmd|' /C calc'!A0", "v": 1},
                {"k": "-2+3", "r": "@SUM(A1)", "v": 2},
                {"k": "\\tTab", "r": "-3", "v": -4},
                {"k": "plain", "r": "+1.5e3", "v": 5}
              ]
              x k
              y r
              color v
              interact tooltip, brush xy, keyboard, legend, export
            }
            """;

    @Test
    void csv_cells_that_a_spreadsheet_would_run_as_formulas_are_prefixed_and_numbers_stay_numbers() {
        b.open(Browser.compile(SPEC), "export-csv");
        String csv = (String) b.js("return hmspec.list[0].exportCsv()");
        for (String line : csv.split("\n")) {
            for (String cell : line.split(",", -1)) {
                String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                boolean number = bare.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
                assertTrue(number || !bare.matches("(?s)^[=+\\-@\t\r].*"), "formula-like cell " + cell + " in\n" + csv);
            }
        }
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
        assertTrue(csv.contains("'@SUM(A1)") && csv.contains("'-2+3") && csv.contains("'\tTab"), csv);
        assertTrue(csv.contains(",-3,-4") && csv.contains(",+1.5e3,5"), "numbers are not prefixed: " + csv);
    }

    @Test
    void exported_svg_paints_the_focus_brush_and_filter_marks_as_the_page_does_not_as_black_boxes() {
        b.open(Browser.compile(SPEC), "export-svg");
        b.driver.findElement(By.cssSelector(".hm-canvas")).sendKeys(Keys.ARROW_RIGHT);
        b.js("hmspec.list[0].select(0, 1, 0, 1); hmspec.list[0].setFilter(0, 3);");
        assertTrue(b.js("return hmspec.list[0].focus") != null, "a focused cell");
        // Each visible runtime mark of the export, drawn alone from the exported file (no page CSS), must not be solid black.
        @SuppressWarnings("unchecked")
        List<String> black = (List<String>) b.js("var doc = new DOMParser().parseFromString(hmspec.list[0].exportSvg(), 'image/svg+xml');"
                + "var out = [], marks = doc.querySelectorAll('.hm-focus, .hm-selection, .hm-filter, .hm-brush');"
                + "for (var i = 0; i < marks.length; i++) { var m = marks[i]; if (m.getAttribute('display') === 'none') continue;"
                + "  var fill = m.getAttribute('fill'), op = parseFloat(m.getAttribute('fill-opacity') || '1');"
                + "  if (fill === null || (/^(#000|#000000|black|rgb\\(0, 0, 0\\))$/.test(fill) && op > 0.5)) out.push(m.getAttribute('class')); }"
                + "return out.concat(marks.length < 3 ? ['only ' + marks.length + ' marks'] : []);");
        assertEquals(List.of(), black, "marks that an exported file paints solid black");
    }
}
