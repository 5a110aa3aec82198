package dev.hmspec.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.Compiled;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import java.util.ArrayList;
import java.util.List;

/** The scene's cell grids, and the differential tests' notion of "the same cells". */
final class Cells {
    private Cells() {}

    static List<CellGrid> of(Compiled c) {
        List<CellGrid> out = new ArrayList<>();
        c.scene().ifPresent(s -> collect(s.nodes(), out));
        return out;
    }

    private static void collect(List<Node> nodes, List<CellGrid> out) {
        for (Node n : nodes) {
            if (n instanceof CellGrid g) out.add(g);
            if (n instanceof Group g) collect(g.children(), out);
        }
    }

    /** Same categories in the same order, values equal to 1e-9 (relative for large ones), labels equal. */
    static void assertSame(String what, List<CellGrid> expected, List<CellGrid> actual) {
        assertEquals(expected.size(), actual.size(), what + ": number of grids");
        for (int g = 0; g < expected.size(); g++) {
            CellGrid e = expected.get(g), a = actual.get(g);
            assertEquals(e.columnKeys(), a.columnKeys(), what + ": column categories");
            assertEquals(e.rowKeys(), a.rowKeys(), what + ": row categories");
            assertEquals(e.values().length, a.values().length, what + ": cells");
            for (int i = 0; i < e.values().length; i++) {
                double x = e.values()[i], y = a.values()[i];
                boolean same = Double.isNaN(x) ? Double.isNaN(y) : Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
                assertTrue(same, what + ": cell " + i + " expected " + x + " but was " + y);
            }
            // Arrays.asList: a masked cell has no label (null), which List.of refuses.
            if (e.labels() != null) assertEquals(java.util.Arrays.asList(e.labels()), java.util.Arrays.asList(a.labels()), what + ": labels");
        }
    }
}
