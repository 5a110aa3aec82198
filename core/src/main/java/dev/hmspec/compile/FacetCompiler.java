package dev.hmspec.compile;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.layout.Bounds;
import dev.hmspec.layout.Constraint;
import dev.hmspec.layout.Fixed;
import dev.hmspec.layout.Grid;
import dev.hmspec.layout.Layout;
import dev.hmspec.layout.Placement;
import dev.hmspec.layout.Size;
import dev.hmspec.layout.Stack;
import dev.hmspec.resolve.ResolvedFacet;
import dev.hmspec.resolve.ResolvedSize;
import dev.hmspec.resolve.ResolvedView;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.RuntimeInfo;
import dev.hmspec.scene.ViewInfo;
import dev.hmspec.source.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A faceted view: a header (the view's title, subtitle) over a {@link Grid} of panels, one per
 * facet value, each a heatmap titled by its value; with shared x (y) bands only the outer panels
 * draw the axis: the bottom of each column (the left of each row). A shared color scale draws one
 * legend right of the grid, level with the first panel's plot.
 */
final class FacetCompiler implements Part {
    private final ResolvedView view;
    private final List<ViewCompiler> panels = new ArrayList<>();
    private final List<FacetPanels.Panel> data;
    private final ViewInfo.Link link;
    private final Fixed header;
    private final Fixed legendBox;
    private final LegendBuilder legend;
    private final double legendTop, legendLength;
    private final Layout column;

    /**
     * @param mappings one color mapping per panel (the same object when the panels share it)
     * @param legend   whether this facet draws the shared legend (false: independent colors, each
     *                 panel has its own; or another view on the same named scale draws it)
     */
    FacetCompiler(ResolvedView view, ResolvedFacet facet, List<FacetPanels.Panel> data, List<ColorMapping> mappings,
                  boolean legend, ViewInfo.Link link) {
        this.view = view;
        this.data = List.copyOf(data);
        this.link = link;
        int n = data.size(), per = Math.min(facet.perRow(), Math.max(1, n));
        ResolvedSize size = panelSize(view.size(), data, per);
        for (int i = 0; i < n; i++) {
            boolean bottom = i + per >= n, left = i % per == 0;
            ResolvedView pv = ViewCopies.panel(view, data.get(i).label(), view.x().shown() && (!facet.xShared() || bottom),
                    view.y().shown() && (!facet.yShared() || left), !facet.colorShared() && view.color().legend(), size);
            panels.add(ViewCompiler.prepare(pv, data.get(i).cells(), mappings.get(i)));
        }
        double headerH = Theme.pad() + textHeight(view.title(), Theme.titleSize()) + textHeight(view.subtitle(), Theme.subtitleSize());
        if (!view.title().isEmpty() || !view.subtitle().isEmpty()) headerH += 8;
        this.header = new Fixed(new Size(0, headerH - Theme.pad())); // each panel's own header adds the pad again
        Grid grid = new Grid(per, 0, List.copyOf(panels)); // each panel pads itself
        if (legend && n > 0) {
            this.legend = LegendBuilder.of(mappings.get(0), SharedColor.anyMissing(cells()));
            this.legendTop = Theme.pad() + textHeight("0", Theme.titleSize()) + 8; // a panel's header: its title's line
            CellData first = data.get(0).cells();
            this.legendLength = new GridCenter(size, first.columns(), first.rows()).height(Double.NaN);
            this.legendBox = new Fixed(new Size(Theme.legendGap() + this.legend.width() + Theme.pad(),
                    legendTop + this.legend.height(legendLength) + Theme.pad()));
            this.column = Stack.column(0, List.of(header, Stack.row(0, List.of(grid, legendBox))));
        } else {
            this.legend = null;
            this.legendTop = this.legendLength = 0;
            this.legendBox = null;
            this.column = Stack.column(0, List.of(header, grid));
        }
    }

    private List<CellData> cells() { return data.stream().map(FacetPanels.Panel::cells).toList(); }

    /**
     * Every panel is sized alike: {@code size cell} as written; {@code size W x H} gives each
     * panel's grid W x H; automatic cells fit all panels in about 720 x 520 (at most 40 px).
     */
    static ResolvedSize panelSize(ResolvedSize s, List<FacetPanels.Panel> panels, int per) {
        int cols = 1, rows = 1;
        for (FacetPanels.Panel p : panels) { cols = Math.max(cols, p.cells().columns()); rows = Math.max(rows, p.cells().rows()); }
        int gridRows = Math.max(1, (panels.size() + per - 1) / per);
        return switch (s.kind()) {
            case CELL -> new ResolvedSize(ResolvedSize.Kind.CELL, s.width(), s.height(), false);
            case FIXED -> new ResolvedSize(ResolvedSize.Kind.CELL, s.width() / cols, s.height() / rows, false);
            case AUTO -> {
                double cell = Math.min(40, Math.min(720.0 / (cols * per), 520.0 / (rows * gridRows)));
                yield new ResolvedSize(ResolvedSize.Kind.CELL, cell, cell, false);
            }
        };
    }

    private static double textHeight(String s, double size) { return s.isEmpty() ? 0 : TextMeasure.lineHeight(size) + 2; }

    @Override public ResolvedView view() { return view; }

    @Override public Size measure(Constraint c) { return column.measure(Constraint.NONE); }

    @Override public void place(Bounds b, Constraint c, Placement out) {
        out.put(this, b);
        column.place(b, Constraint.NONE, out);
    }

    @Override public Drawn draw(SourceFile f, Placement placed, int firstIndex, List<Diagnostic> out) {
        List<Node> nodes = new ArrayList<>();
        Bounds head = placed.of(header);
        double titleH = textHeight(view.title(), Theme.titleSize());
        double top = head.y() + Theme.pad(), left = head.x() + Theme.pad();
        if (!view.title().isEmpty()) nodes.add(ViewCompiler.text(left, top, view.title(), Theme.titleSize(), true, Theme.TEXT, "title"));
        if (!view.subtitle().isEmpty())
            nodes.add(ViewCompiler.text(left, top + titleH, view.subtitle(), Theme.subtitleSize(), false, Theme.MUTED, "subtitle"));
        List<ViewInfo> infos = new ArrayList<>();
        // Panels repeat the same warnings (labels thinned on each): each is reported once.
        List<Diagnostic> found = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            ViewCompiler.Compiled c = panels.get(i).draw(f, placed, firstIndex + i, found);
            nodes.add(c.group());
            infos.add(c.info().withLink(link));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Diagnostic d : found) if (seen.add(d.code() + "@" + d.span().start() + ":" + d.message())) out.add(d);
        int duplicates = 0;
        String example = "";
        for (FacetPanels.Panel p : data) {
            if (p.cells().duplicates() > 0 && duplicates == 0) example = p.cells().duplicateExample();
            duplicates += p.cells().duplicates();
        }
        if (duplicates > 0) out.add(Messages.duplicateCells(f, view.color().span(), duplicates, example));
        if (legend != null) {
            Bounds lb = placed.of(legendBox);
            double x = lb.x() + Theme.legendGap(), y = lb.y() + legendTop;
            nodes.add(legend.build(x, y, legendLength));
            double[] ramp = legend.rampBox(x, y, legendLength);
            if (ramp != null) infos.replaceAll(i -> withRamp(i, ramp));
        }
        return new Drawn(new Group("facet", 0, 0, nodes), infos);
    }

    /** A panel's info pointing at the facet's colorbar, so the page's legend filter works from it (runtime/link.js). */
    private static ViewInfo withRamp(ViewInfo i, double[] r) {
        RuntimeInfo rt = i.runtime();
        RuntimeInfo.ColorKey k = rt.color();
        RuntimeInfo.ColorKey key = new RuntimeInfo.ColorKey(k.thresholds(), k.colors(), k.noData(), k.domain(), r[0], r[1], r[2], r[3]);
        return new ViewInfo(i.id(), i.title(), i.plotX(), i.plotY(), i.plotWidth(), i.plotHeight(), i.xField(), i.yField(),
                i.colorField(), i.interactions(), new RuntimeInfo(rt.x(), rt.y(), key, rt.tooltip(), rt.autoSize()), i.boxes(),
                i.dendrograms(), i.bandTracks(), i.link());
    }
}
