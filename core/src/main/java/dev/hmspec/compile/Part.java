package dev.hmspec.compile;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.layout.Layout;
import dev.hmspec.layout.Placement;
import dev.hmspec.resolve.ResolvedView;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.ViewInfo;
import dev.hmspec.source.SourceFile;
import java.util.List;

/**
 * One of a file's views as the scene composes it: a layout node that, once placed, draws itself
 * and reports one {@link ViewInfo} per grid it holds (one for a heatmap, one per panel for a facet).
 */
interface Part extends Layout {
    /** What a part drew: its scene node and, in drawing order, the info of each of its grids. */
    record Drawn(Node node, List<ViewInfo> infos) {
        public Drawn { infos = List.copyOf(infos); }
    }

    /** The spec's view this part draws (diagnostics point into it). */
    ResolvedView view();

    /** Draws from the placed boxes; {@code firstIndex} numbers the part's first grid among the scene's ("view-1" …). */
    Drawn draw(SourceFile f, Placement placed, int firstIndex, List<Diagnostic> out);
}
