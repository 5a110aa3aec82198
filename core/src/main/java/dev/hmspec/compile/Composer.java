package dev.hmspec.compile;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.resolve.ResolvedFacet;
import dev.hmspec.resolve.ResolvedLayout;
import dev.hmspec.resolve.ResolvedView;
import dev.hmspec.scene.ViewInfo;
import dev.hmspec.source.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The file's views as scene parts, with their color scales trained: a view of its own trains on
 * its cells (as it always has); a facet's panels train one scale over all panels unless the spec
 * says {@code scales independent color}; views naming one {@code shared} scale train it over all
 * their cells (panels included), and only the last of them draws its legend.
 */
final class Composer {
    private Composer() {}

    static List<Part> parts(SourceFile f, List<ResolvedView> given, ResolvedLayout layout, List<Diagnostic> out) {
        int n = given.size();
        // The page's `size auto` re-layout knows one column of plain views: with facets or another
        // layout, auto-sized views keep their compiled size.
        boolean composed = layout.kind() != ResolvedLayout.Kind.ROWS || layout.facets().stream().anyMatch(Optional::isPresent);
        List<ResolvedView> views = composed ? given.stream().map(ViewCopies::notFillingThePage).toList() : given;
        List<List<FacetPanels.Panel>> panels = new ArrayList<>();
        List<CellData> single = new ArrayList<>();
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Optional<ResolvedFacet> facet = layout.facet(i);
            ResolvedView v = views.get(i);
            // A mutable list: a shared scale re-codes the panels' cells in place (trainGroup).
            panels.add(facet.isPresent() ? new ArrayList<>(FacetPanels.of(v, facet.get())) : null);
            Optional<String> name = layout.shared(i);
            single.add(facet.isEmpty() && name.isPresent() ? CellData.of(v) : null);
            if (name.isPresent()) groups.computeIfAbsent(name.get(), k -> new ArrayList<>()).add(i);
        }
        Map<String, ColorMapping> trained = new LinkedHashMap<>();
        groups.forEach((name, members) -> trained.put(name, trainGroup(views, members, panels, single)));
        List<Part> parts = new ArrayList<>();
        int facets = 0;
        for (int i = 0; i < n; i++) {
            ResolvedView v = views.get(i);
            Optional<String> name = layout.shared(i);
            boolean drawsLegend = name.isEmpty() || last(groups.get(name.get())) == i;
            String colorGroup = name.map(s -> "shared:" + s).orElse("");
            if (panels.get(i) != null) {
                ResolvedFacet facet = layout.facet(i).orElseThrow();
                String id = "facet-" + (++facets);
                List<ColorMapping> mappings = mappings(v, facet, panels.get(i), name.map(trained::get));
                if (name.isEmpty() && facet.colorShared()) colorGroup = id;
                ViewInfo.Link link = new ViewInfo.Link(id, facet.xShared() ? id : "", facet.yShared() ? id : "", colorGroup);
                boolean legend = v.color().legend() && drawsLegend && (name.isPresent() || facet.colorShared());
                parts.add(new FacetCompiler(v, facet, panels.get(i), mappings, legend, link));
            } else if (name.isPresent()) {
                CellData cells = single.get(i);
                if (cells.duplicates() > 0)
                    out.add(Messages.duplicateCells(f, v.color().span(), cells.duplicates(), cells.duplicateExample()));
                ResolvedView drawn = ViewCopies.withLegend(v, v.color().legend() && drawsLegend);
                parts.add(new SinglePart(ViewCompiler.prepare(drawn, cells, trained.get(name.get())), v,
                        new ViewInfo.Link("", "", "", colorGroup)));
            } else {
                parts.add(new SinglePart(ViewCompiler.prepare(f, v, out), v, null));
            }
        }
        return parts;
    }

    private static int last(List<Integer> members) { return members.get(members.size() - 1); }

    /** One scale over every grid of the group's views; their grids are re-coded onto its categories first. */
    private static ColorMapping trainGroup(List<ResolvedView> views, List<Integer> members,
                                           List<List<FacetPanels.Panel>> panels, List<CellData> single) {
        List<CellData> grids = new ArrayList<>();
        for (int i : members) {
            if (panels.get(i) != null) panels.get(i).forEach(p -> grids.add(p.cells()));
            else grids.add(single.get(i));
        }
        List<CellData> aligned = SharedColor.align(grids);
        int at = 0;
        for (int i : members) {
            if (panels.get(i) != null) {
                List<FacetPanels.Panel> ps = panels.get(i);
                for (int p = 0; p < ps.size(); p++) ps.set(p, new FacetPanels.Panel(ps.get(p).label(), aligned.get(at++)));
            } else {
                single.set(i, aligned.get(at++));
            }
        }
        return SharedColor.train(views.get(members.get(0)), aligned);
    }

    /** Per panel: the named scale, else one scale over all panels, else each panel's own. */
    private static List<ColorMapping> mappings(ResolvedView v, ResolvedFacet facet, List<FacetPanels.Panel> panels,
                                               Optional<ColorMapping> named) {
        List<ColorMapping> out = new ArrayList<>();
        List<CellData> grids = panels.stream().map(FacetPanels.Panel::cells).toList();
        ColorMapping shared = named.orElseGet(() -> facet.colorShared() ? SharedColor.train(v, grids) : null);
        for (CellData g : grids) out.add(shared != null ? shared : SharedColor.train(v, List.of(g)));
        return out;
    }
}
