package dev.hmspec.resolve;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.source.SourceFile;
import dev.hmspec.tiles.TileMessages;
import java.util.List;

/**
 * Option checks that need the bound data, so the checker cannot make them, and that the resolved
 * options answer, so the compile stage need not: a tiled matrix (issue 9) trains its color scale
 * on min and max only, so the scale must be continuous (HM464, on the color encoding).
 */
public final class ResolveRules {
    private ResolveRules() {}

    public static void check(SourceFile f, ResolvedView view, List<Diagnostic> out) {
        if (view.bound().matrix() == null) return;
        ResolvedColorScale.Family family = view.color().options().family();
        if (family == ResolvedColorScale.Family.BINNED || family == ResolvedColorScale.Family.ORDINAL)
            out.add(TileMessages.needsContinuousScale(f, view.color().span(), view.color().options().type()));
    }
}
