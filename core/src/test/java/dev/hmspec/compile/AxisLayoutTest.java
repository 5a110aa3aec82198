package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AxisLayoutTest {
    static List<String> numbers(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(Integer.toString(i));
        return out;
    }

    @Test
    void horizontalKeepsShortLabelsUprightWhenTheyFit() {
        AxisLayout l = AxisLayout.horizontal(List.of("Mon", "Tue", "Wed"), 60, null);
        assertEquals(0, l.angle());
        assertEquals(1, l.every());
    }

    @Test
    void horizontalThinsShortNumbersToANiceStepInsteadOfRotating() {
        AxisLayout l = AxisLayout.horizontal(numbers(87), 8, null);
        assertEquals(0, l.angle());
        assertTrue(List.of(2, 5, 10).contains(l.every()), "every " + l.every());
        double widest = AxisLayout.maxWidth(numbers(87));
        assertTrue(l.every() * 8 >= widest, "kept labels do not overlap");
    }

    @Test
    void horizontalRotatesLongLabelsAndThinsThemWhenBandsAreNarrow() {
        List<String> names = List.of("Flipper Length (mm)", "Beak Length (mm)", "Body Mass (g)");
        AxisLayout wide = AxisLayout.horizontal(names, 60, null);
        assertEquals(-45, wide.angle());
        AxisLayout narrow = AxisLayout.horizontal(List.of("long label a", "long label b", "long label c", "long label d"), 6, null);
        assertEquals(-90, narrow.angle());
        assertTrue(narrow.every() * 6 >= Theme.labelSize() * 1.25, "rotated labels one line-height apart");
    }

    @Test
    void verticalThinsRowsSmallerThanALine() {
        assertEquals(1, AxisLayout.vertical(numbers(10), 20).every());
        assertEquals(5, AxisLayout.vertical(numbers(61), 3).every());
    }

    @Test
    void textMeasureUsesRealFontMetrics() {
        assertTrue(TextMeasure.width("WWWW", 11, false) > TextMeasure.width("iiii", 11, false) * 2, "proportional widths");
        assertTrue(TextMeasure.width("Title", 11, true) > TextMeasure.width("Title", 11, false), "bold is wider");
    }
}
