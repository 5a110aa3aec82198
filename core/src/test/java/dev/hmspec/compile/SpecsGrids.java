package dev.hmspec.compile;

import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Scene;
import java.util.ArrayList;
import java.util.List;

/** Finds nodes of a kind in a compiled scene. */
final class SpecsGrids {
    private SpecsGrids() {}

    static CellGrid grid(Scene scene) { return find(scene.nodes(), CellGrid.class).get(0); }

    static <T extends Node> List<T> find(List<Node> nodes, Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (Node n : nodes) {
            if (kind.isInstance(n)) out.add(kind.cast(n));
            if (n instanceof Group g) out.addAll(find(g.children(), kind));
        }
        return out;
    }
}
