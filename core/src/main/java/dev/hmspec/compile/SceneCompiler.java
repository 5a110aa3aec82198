package dev.hmspec.compile;

import dev.hmspec.bind.BoundView;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.ViewInfo;
import dev.hmspec.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage "compile": {@code BoundView… ──layout──▶ Scene}. Views are stacked top to bottom;
 * the scene's size is the union of theirs. Warnings found while laying out (duplicate
 * cells, labels that do not fit) go to {@code out}.
 */
public final class SceneCompiler {
    private SceneCompiler() {}

    public static Scene compile(SourceFile f, List<BoundView> views, String description, List<Diagnostic> out) {
        List<Node> nodes = new ArrayList<>();
        List<ViewInfo> infos = new ArrayList<>();
        double top = 0, width = 0;
        String title = "";
        for (int i = 0; i < views.size(); i++) {
            ViewCompiler.Compiled c = ViewCompiler.compile(f, views.get(i), i, top, out);
            nodes.add(new Group(c.group().role(), 0, 0, c.group().children()));
            infos.add(c.info());
            if (title.isEmpty()) title = c.info().title();
            width = Math.max(width, c.width());
            top += c.height() + (i + 1 < views.size() ? Theme.VIEW_GAP : 0);
        }
        return new Scene(Math.ceil(width), Math.ceil(top), Theme.BACKGROUND, title, description, nodes, infos);
    }
}
