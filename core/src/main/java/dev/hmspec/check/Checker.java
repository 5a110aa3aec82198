package dev.hmspec.check;

import dev.hmspec.ast.SpecFile;
import dev.hmspec.ast.View;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.syntax.Parsed;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage "check": spec-only rules, no data — {@code SpecFile ──▶ diagnostics}. Required and
 * duplicate statements, options that fit their channel, scale types, schemes, colors,
 * domains and interactions. Field names are checked later, against the data (bind).
 */
public final class Checker {
    private Checker() {}

    public static List<Diagnostic> check(Parsed parsed) {
        SpecFile spec = parsed.ast();
        List<Diagnostic> out = new ArrayList<>();
        for (View view : spec.views()) {
            ViewRules.check(spec.source(), view, !parsed.hasSyntaxErrorsIn(view), out);
            EncodingRules.check(spec.source(), view, out);
            InteractionRules.check(spec.source(), view, out);
            dev.hmspec.tiles.TileRules.check(spec.source(), view, out);
            AnalysisRules.check(spec.source(), view, out);
            DecorationRules.check(spec.source(), view, out);
            FacetRules.check(spec.source(), view, out);
            RefreshRules.check(spec.source(), view, out); // embed12b: data sql … refresh 30s
        }
        FacetRules.checkFile(spec, out);
        return out;
    }
}
