package dev.hmspec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.color.ColorScheme;
import dev.hmspec.color.Schemes;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.ViewInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** specs/color-schemes.hmspec shows every registered scheme, and each ramp starts and ends on the scheme's ends. */
class SchemeSheetTest {
    @Test @DisplayName("the scheme sheet has one view per scheme whose first and last cells are scheme(0) and scheme(1)")
    void everySchemeIsOnTheSheet() {
        Scene scene = SpecsEndToEndTest.compile("color-schemes");
        List<CellGrid> grids = grids(scene.nodes());
        Set<String> shown = new TreeSet<>();
        for (int v = 0; v < scene.views().size(); v++) {
            ViewInfo view = scene.views().get(v);
            String[] parts = view.title().split(" ");
            ColorScheme scheme = Schemes.find(parts[0]).orElseThrow();
            CellGrid g = grids.get(v);
            if (parts.length > 1) { // an N-class version: k distinct colors, ColorBrewer's table
                int k = Integer.parseInt(parts[1]);
                assertEquals(scheme.classColors(k).get(0).intValue(), g.colors()[0], view.title());
                continue;
            }
            shown.add(parts[0]);
            if (scheme.kind() == ColorScheme.Kind.CATEGORICAL) {
                for (int i = 0; i < g.colors().length; i++) assertEquals(scheme.color(i), g.colors()[i], view.title() + " cell " + i);
            } else {
                assertEquals(scheme.at(0), g.colors()[0], view.title());
                assertEquals(scheme.at(1), g.colors()[g.colors().length - 1], view.title());
            }
        }
        assertEquals(new TreeSet<>(Schemes.names()), shown);
        assertTrue(scene.views().size() > Schemes.names().size(), "N-class examples follow the schemes");
    }

    private static List<CellGrid> grids(List<Node> nodes) {
        List<CellGrid> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof CellGrid g) out.add(g);
            if (n instanceof Group gr) out.addAll(grids(gr.children()));
        }
        return out;
    }
}
