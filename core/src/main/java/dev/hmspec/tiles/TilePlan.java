package dev.hmspec.tiles;

import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.TiledGrid;
import java.util.ArrayList;
import java.util.List;

/** What {@code check} reports about a scene's huge grids: how each would be tiled, from its planned pyramid. */
public final class TilePlan {
    private TilePlan() {}

    /** One line per tiled grid of {@code scene} (none for an ordinary scene). */
    public static List<String> describe(Scene scene) {
        List<String> out = new ArrayList<>();
        collect(scene.nodes(), out);
        return out;
    }

    /** Tile files of levels 0 … embeddedLevel-1 (the embedded level travels in the page). */
    static long tileFiles(TiledGrid.TileSet t) {
        long n = 0;
        for (int k = 0; k < t.embeddedLevel(); k++) {
            int[] size = t.levelSizes().get(k);
            n += (long) ((size[0] + t.tileSize() - 1) / t.tileSize()) * ((size[1] + t.tileSize() - 1) / t.tileSize());
        }
        return n;
    }

    private static void collect(List<Node> nodes, List<String> out) {
        for (Node n : nodes) {
            if (n instanceof TiledGrid g) {
                TiledGrid.TileSet t = g.tiles();
                int[] top = t.levelSizes().get(t.embeddedLevel());
                out.add(TileMessages.wouldTile(t.columns(), t.rows(), t.embeddedLevel() + 1, tileFiles(t), t.tileSize(), top[0], top[1]));
            } else if (n instanceof Group gr) {
                collect(gr.children(), out);
            }
        }
    }
}
