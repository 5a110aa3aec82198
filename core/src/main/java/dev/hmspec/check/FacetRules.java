package dev.hmspec.check;

import dev.hmspec.ast.FileLayout;
import dev.hmspec.ast.Name;
import dev.hmspec.ast.SpecFile;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.source.SourceFile;
import java.util.List;

/** Facets, {@code scales independent} and file layout: spec-only rules (field names are checked with the data). */
final class FacetRules {
    /** The channels a facet's panels may scale on their own. */
    static final List<String> CHANNELS = List.of("x", "y", "color");

    private FacetRules() {}

    static void check(SourceFile f, View view, List<Diagnostic> out) {
        List<Statement.Facet> facets = view.all(Statement.Facet.class);
        for (int i = 1; i < facets.size(); i++)
            out.add(FacetMessages.duplicate(f, facets.get(i).span(), "facet", f.line(facets.get(0).span().start())));
        for (Statement.Facet facet : facets) {
            int n = facet.columns().orElse(1);
            if (n < 1 || n > FacetMessages.MAX_PANELS) out.add(FacetMessages.badWrap(f, facet.columnsSpan(), span(f, facet.columnsSpan()), "facet year wrap 2"));
        }
        notCombined(f, view, !facets.isEmpty() ? "facet" : sharedColor(view) ? "a shared color scale" : null, out);
        List<Statement.Scales> scales = view.all(Statement.Scales.class);
        for (int i = 1; i < scales.size(); i++)
            out.add(FacetMessages.duplicate(f, scales.get(i).span(), "scales statement", f.line(scales.get(0).span().start())));
        for (Statement.Scales s : scales) {
            if (facets.isEmpty()) out.add(FacetMessages.scalesWithoutFacet(f, s.span()));
            for (Name c : s.channels())
                if (!CHANNELS.contains(c.text())) out.add(FacetMessages.unknownScaleChannel(f, c.span(), c.text(), CHANNELS));
        }
    }

    /**
     * Panels and views on a shared scale are compiled from their cells alone: normalize, cluster and
     * the decorations are not applied there yet, so a spec asking for both is refused, never drawn
     * silently without them.
     */
    private static void notCombined(SourceFile f, View view, String with, List<Diagnostic> out) {
        if (with == null) return;
        for (Statement s : view.statements()) {
            String what = s instanceof dev.hmspec.ast.Analysis.Normalize ? "normalize"
                    : s instanceof dev.hmspec.ast.Analysis.Cluster ? "cluster"
                    : s instanceof dev.hmspec.ast.Decoration.Mask ? "mask"
                    : s instanceof dev.hmspec.ast.Decoration.Annotate ? "annotate"
                    : s instanceof dev.hmspec.ast.Decoration.Margin ? "margin" : null;
            if (what != null) out.add(FacetMessages.notCombined(f, s.span(), what, with));
        }
    }

    private static boolean sharedColor(View view) {
        for (Statement.Encoding e : view.all(Statement.Encoding.class))
            if (e.channel() == dev.hmspec.ast.Channel.COLOR
                    && e.options().stream().anyMatch(o -> o instanceof dev.hmspec.ast.EncodingOption.Shared)) return true;
        return false;
    }

    static void checkFile(SpecFile spec, List<Diagnostic> out) {
        SourceFile f = spec.source();
        List<FileLayout> layouts = spec.layouts();
        for (int i = 1; i < layouts.size(); i++)
            out.add(FacetMessages.duplicate(f, layouts.get(i).span(), "layout statement", f.line(layouts.get(0).span().start())));
        for (FileLayout l : layouts) {
            if (l.kind() == FileLayout.Kind.WRAP && (l.columns() < 1 || l.columns() > FacetMessages.MAX_PANELS))
                out.add(FacetMessages.badWrap(f, l.columnsSpan(), span(f, l.columnsSpan()), "layout wrap 2"));
        }
    }

    private static String span(SourceFile f, dev.hmspec.source.Span s) { return f.text().substring(s.start(), s.end()); }
}
