package dev.hmspec.theme;

import dev.hmspec.scene.Group;
import dev.hmspec.scene.Line;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Rect;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.Style;
import dev.hmspec.scene.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Scene ──theme──▶ Scene: the compiler draws with the light palette (compile/Theme's
 * constants, which every track uses); this pass swaps those exact colors for the theme's, in
 * text, rules and strokes. Data colors (cells, ramps, swatch fills, cell labels chosen for
 * contrast against their cell) are never touched, so a theme cannot change what the data says.
 */
public final class Restyle {
    private Restyle() {}

    public static Scene apply(Scene scene, Style style) {
        if (style.equals(scene.style())) return scene;
        Style from = scene.style();
        List<Node> nodes = new ArrayList<>(scene.nodes().size());
        for (Node n : scene.nodes()) nodes.add(node(n, from, style));
        int bg = scene.background() == from.background() ? style.background() : scene.background();
        return new Scene(scene.width(), scene.height(), bg, scene.title(), scene.description(), nodes, scene.views(), style,
                scene.controls());
    }

    private static Node node(Node n, Style from, Style to) {
        if (n instanceof Group g) {
            List<Node> kids = new ArrayList<>(g.children().size());
            for (Node c : g.children()) kids.add(node(c, from, to));
            return new Group(g.role(), g.x(), g.y(), kids);
        }
        if (n instanceof Text t) {
            return new Text(t.x(), t.y(), t.text(), t.fontSize(), t.bold(), t.anchor(), t.baseline(), t.angle(),
                    ink(t.color(), from, to), t.role());
        }
        if (n instanceof Line l) return new Line(l.x1(), l.y1(), l.x2(), l.y2(), ink(l.color(), from, to), l.width(), l.role());
        if (n instanceof Rect r) {
            int fill = r.fill() == from.background() && r.role() != null && r.role().contains("background") ? to.background() : r.fill();
            return new Rect(r.x(), r.y(), r.width(), r.height(), fill, ink(r.stroke(), from, to), r.strokeWidth(), r.role());
        }
        return n;
    }

    /** The theme's counterpart of a palette color; any other color is data and stays. */
    static int ink(int c, Style from, Style to) {
        if (c == from.text()) return to.text();
        if (c == from.muted()) return to.muted();
        if (c == from.rule()) return to.rule();
        return c;
    }
}
