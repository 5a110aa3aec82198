package dev.hmspec.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackAndGridTest {
    static Fixed box(double w, double h) { return new Fixed(new Size(w, h)); }

    @Test
    void aColumnIsAsWideAsItsWidestChildAndAsTallAsAllOfThemWithGaps() {
        Fixed a = box(100, 40), b = box(300, 60), c = box(50, 10);
        Stack column = Stack.column(24, List.of(a, b, c));
        assertEquals(new Size(300, 40 + 24 + 60 + 24 + 10), column.measure(Constraint.NONE));
        Placement p = new Placement();
        column.place(new Bounds(5, 7, 300, 158), Constraint.NONE, p);
        assertEquals(new Bounds(5, 7, 100, 40), p.of(a));
        assertEquals(new Bounds(5, 71, 300, 60), p.of(b));
        assertEquals(new Bounds(5, 155, 50, 10), p.of(c));
    }

    @Test
    void aRowPlacesChildrenLeftToRightAlignedAtTheTop() {
        Fixed a = box(100, 40), b = box(30, 60);
        Stack row = Stack.row(10, List.of(a, b));
        assertEquals(new Size(140, 60), row.measure(Constraint.NONE));
        Placement p = new Placement();
        row.place(new Bounds(0, 0, 140, 60), Constraint.NONE, p);
        assertEquals(new Bounds(110, 0, 30, 60), p.of(b));
    }

    @Test
    void theFlexibleChildOfAColumnGetsTheHeightTheOthersLeave() {
        Fixed header = box(0, 30);
        Border body = new Border(BorderTest.FILL, Map.of(), Insets.NONE);
        Stack column = Stack.column(0, List.of(header, body)).withFlex(1);
        Placement p = new Placement();
        column.place(new Bounds(0, 0, 400, 300), new Constraint(400, 300), p);
        assertEquals(new Bounds(0, 30, 400, 270), p.of(BorderTest.FILL));
    }

    @Test
    void aWrappedGridFillsRowsOfNColumnsEachColumnAsWideAsItsWidestCell() {
        Fixed a = box(100, 40), b = box(50, 80), c = box(120, 10), d = box(10, 10), e = box(30, 30);
        Grid grid = new Grid(2, 5, List.of(a, b, c, d, e));
        // Columns: max(100, 120, 30) and max(50, 10); rows: 80, 10, 30.
        assertEquals(new Size(120 + 5 + 50, 80 + 5 + 10 + 5 + 30), grid.measure(Constraint.NONE));
        Placement p = new Placement();
        grid.place(new Bounds(0, 0, 175, 130), Constraint.NONE, p);
        assertEquals(new Bounds(125, 0, 50, 80), p.of(b));
        assertEquals(new Bounds(0, 85, 120, 10), p.of(c));
        assertEquals(new Bounds(125, 85, 10, 10), p.of(d));
        assertEquals(new Bounds(0, 100, 30, 30), p.of(e));
    }
}
