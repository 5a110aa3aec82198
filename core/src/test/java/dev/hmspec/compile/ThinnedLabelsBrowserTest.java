package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hmspec.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page keeps the thinning note true: zoomed in until every label fits, the note goes; labels return. */
class ThinnedLabelsBrowserTest {
    static Browser b;

    @BeforeAll static void start() {
        b = Browser.start();
        b.open(Browser.compile(ThinnedLabelsTest.spec(255)), "thinned-labels");
    }

    @AfterAll static void stop() { if (b != null) b.close(); }

    static String note() {
        return (String) b.js("var n = document.querySelector('[data-role=\"axis-y\"] [data-role=\"axis-note\"]'); return n ? n.textContent : null;");
    }

    static long labels() {
        return ((Number) b.js("return document.querySelectorAll('[data-role=\"axis-y\"] [data-role=\"label\"]').length;")).longValue();
    }

    @Test
    void zoomingInUntilEveryLabelFitsClearsTheNoteAndDrawsEveryVisibleLabel() {
        assertEquals("every 10th label", note());
        assertEquals(26, labels());
        b.js("hmspec.list[0].zoomTo(0, 1, 0, 0.04)"); // about 10 of 255 rows in the full plot height
        assertEquals("", note());
        long centred = 0; // rows whose centre lies in the window: the ones that get a label
        for (int r = 0; r < 255; r++) if ((r + 0.5) / 255 <= 0.04) centred++;
        assertEquals(centred, labels());
        b.js("hmspec.list[0].zoomTo(0, 1, 0, 1)");
        assertEquals("every 10th label", note());
    }

    @Test
    void thePageWordsTheNoteAsTheCompilerDoes() {
        for (int k : new int[] {2, 3, 5, 11, 12, 13, 21, 22, 25, 50, 100, 101, 250, 1000}) {
            assertEquals(LayoutMessages.everyNthLabel(k), b.js("return hmspec.everyNote(arguments[0])", k), "k = " + k);
        }
    }
}
