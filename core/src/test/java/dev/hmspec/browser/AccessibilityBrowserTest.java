package dev.hmspec.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11 item 19: axe-core finds no violation on the page, whatever the spec turns on: a main
 * landmark, the chart title as the level-one heading, toolbar labels with enough contrast, swatch
 * toggles that are real buttons. (The gallery module audits every gallery page and its index.)
 */
class AccessibilityBrowserTest {
    static Browser b;

    @BeforeAll static void start() { b = Browser.start(); }
    @AfterAll static void stop() { if (b != null) b.close(); }

    static final String ALL = "tooltip, zoom, pan, crosshair, brush xy, keyboard, legend, export";

    static String spec(String title, String color, String interact) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < 6; c++)
            for (int r = 0; r < 4; r++)
                s.append(s.length() == 0 ? "" : ",").append("{\"c\": ").append(c).append(", \"r\": ").append(r)
                        .append(", \"v\": ").append(c * 4 + r).append(", \"g\": \"k").append(c % 3).append("\"}");
        return "heatmap " + title + " {\n data values [" + s + "]\n x c\n y r\n color " + color + "\n interact " + interact + "\n}\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"all", "swatches", "plain", "untitled"})
    void the_page_has_no_axe_violations(String kind) {
        String text = switch (kind) {
            case "all" -> spec("\"Every interaction\"", "v", ALL);
            case "swatches" -> spec("\"Categories\"", "g", ALL);
            case "plain" -> spec("\"Tooltip only\"", "v", "tooltip");
            default -> spec("", "v", "tooltip, zoom, pan");
        };
        b.open(Browser.compile(text), "a11y-" + kind);
        assertEquals(List.of(), Axe.violations(b.driver));
        assertEquals(1L, b.js("return document.querySelectorAll('main h1').length"), "one level-one heading in the main landmark");
    }
}
