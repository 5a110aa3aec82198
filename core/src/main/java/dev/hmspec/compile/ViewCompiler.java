package dev.hmspec.compile;

import dev.hmspec.color.Color;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.layout.Border;
import dev.hmspec.layout.Bounds;
import dev.hmspec.layout.Constraint;
import dev.hmspec.layout.Fixed;
import dev.hmspec.layout.Insets;
import dev.hmspec.layout.Layout;
import dev.hmspec.layout.Placement;
import dev.hmspec.layout.Side;
import dev.hmspec.layout.Size;
import dev.hmspec.layout.Stack;
import dev.hmspec.resolve.ResolvedAxis;
import dev.hmspec.resolve.ResolvedInteraction;
import dev.hmspec.resolve.ResolvedSize;
import dev.hmspec.resolve.ResolvedView;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.LayoutBox;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Text;
import dev.hmspec.scene.ViewInfo;
import dev.hmspec.source.SourceFile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One resolved view → its layout node, then (once placed) its scene group and runtime info.
 * The view is a column: a header (title, subtitle) over a {@link Border} whose center is the
 * grid and whose sides hold the tracks: y axis on the left, x axis below, legend on the right.
 */
final class ViewCompiler implements Layout {
    record Compiled(Group group, ViewInfo info) {}

    private final ResolvedView view;
    private final CellData cells;
    private final ColorMapping mapping;
    private final Fixed header;
    private final GridCenter center;
    private final Map<Side, List<SideTrack>> tracks = new EnumMap<>(Side.class);
    private final Stack column;
    private final LegendTrack legend;
    private final XAxisTrack xAxis;
    private final YAxisTrack yAxis;
    private final Decorations decorations;

    private final AnalysisStep.Analyzed analyzed;

    private ViewCompiler(ResolvedView view, CellData cells, ColorMapping mapping, AnalysisStep.Analyzed analyzed,
                         Decorations decorations) {
        this.analyzed = analyzed;
        this.view = view;
        this.cells = cells;
        this.mapping = mapping;
        this.decorations = decorations;
        double headerH = Theme.pad() + textHeight(view.title(), Theme.titleSize())
                + textHeight(view.subtitle(), Theme.subtitleSize());
        if (!view.title().isEmpty() || !view.subtitle().isEmpty()) headerH += 8;
        this.header = new Fixed(new Size(0, headerH));
        this.center = new GridCenter(view.size(), cells.columns(), cells.rows());
        for (Side s : Side.values()) tracks.put(s, new ArrayList<>());
        this.yAxis = view.y().shown() ? new YAxisTrack(cells.yLabels(), view.y().title()) : null;
        this.xAxis = view.x().shown()
                ? new XAxisTrack(cells.xLabels(), view.x().labelAngle().orElse(null), view.x().title()) : null;
        if (yAxis != null) tracks.get(Side.LEFT).add(yAxis);
        if (xAxis != null) tracks.get(Side.BOTTOM).add(xAxis);
        decorations.addTracks(tracks); // annotation bars and margins, nearer the grid than the legend
        this.legend = view.color().legend() ? new LegendTrack(LegendBuilder.of(mapping, cells.anyMissing())) : null;
        if (legend != null) tracks.get(Side.RIGHT).add(legend);
        AnalysisTracks.add(tracks, analyzed); // issue 10: cluster bars, dendrograms, cluster legends
        decorations.addLegends(tracks);
        Map<Side, List<dev.hmspec.layout.Track>> sides = new EnumMap<>(Side.class);
        tracks.forEach((side, list) -> sides.put(side, List.copyOf(list)));
        Border border = new Border(center, sides, new Insets(0, Theme.pad(), Theme.pad(), Theme.pad()));
        this.column = Stack.column(0, List.of(header, border)).withFlex(1);
    }

    static ViewCompiler prepare(SourceFile f, ResolvedView view, List<Diagnostic> out) {
        // A tiled matrix (issue 9) has no table rows: its keys and min/max stand in for the cells.
        CellData cells = view.bound().matrix() != null ? TiledCells.cellData(view.bound().matrix()) : CellData.of(view);
        if (cells.duplicates() > 0)
            out.add(Messages.duplicateCells(f, view.color().span(), cells.duplicates(), cells.duplicateExample()));
        var color = view.color().options();
        var column = view.bound().table().column(view.color().field().name());
        if (view.bound().matrix() != null) {
            ColorMapping mapping = ColorMapping.train(color, column, cells);
            Decorations none = Decorations.prepare(f, view, cells, out);
            return new ViewCompiler(view, cells, mapping, AnalysisStep.none(cells), none);
        }
        // Issue 10: normalize and cluster the final grid; the color scale trains on the result.
        AnalysisStep.Analyzed analyzed = AnalysisStep.apply(f, view, cells, out);
        // Masked cells are computed on the displayed (clustered) order and left out of the color scale's training.
        Decorations decorations = Decorations.prepare(f, view, analyzed.cells(), out);
        ColorMapping mapping = AnalysisColor.train(color, column, decorations.training(), view.analysis());
        return new ViewCompiler(view, decorations.shown(), mapping, analyzed, decorations);
    }

    private static double textHeight(String s, double size) { return s.isEmpty() ? 0 : TextMeasure.lineHeight(size) + 2; }

    private boolean fixed() { return view.size().kind() == ResolvedSize.Kind.FIXED; }

    /** A chart of fixed size is exactly that size, whatever its content needs. */
    @Override public Size measure(Constraint c) {
        return fixed() ? new Size(view.size().width(), view.size().height()) : column.measure(Constraint.NONE);
    }

    @Override public void place(Bounds b, Constraint c, Placement out) {
        out.put(this, b);
        column.place(b, fixed() ? new Constraint(view.size().width(), view.size().height()) : Constraint.NONE, out);
    }

    /** The view's drawing and runtime info, from where the layout placed its parts. */
    Compiled draw(SourceFile f, Placement placed, int index, List<Diagnostic> out) {
        Bounds plot = placed.of(center), head = placed.of(header);
        // The grid box: the plot itself, unless `round` moved the bands inwards to whole pixels.
        PlotBands xb = bands(view.x(), cells.xLabels().size(), plot.x(), plot.width());
        PlotBands yb = bands(view.y(), cells.yLabels().size(), plot.y(), plot.height());
        Bounds grid = new Bounds(plot.x() + xb.offset(), plot.y() + yb.offset(),
                xb.offset() == 0 ? plot.width() : xb.extent(), yb.offset() == 0 ? plot.height() : yb.extent());
        Frame frame = new Frame(plot, grid);
        List<Node> nodes = new ArrayList<>();
        List<LayoutBox> boxes = new ArrayList<>();
        double titleH = textHeight(view.title(), Theme.titleSize());
        double textTop = head.y() + Theme.pad(), textLeft = head.x() + Theme.pad();
        if (!view.title().isEmpty()) nodes.add(text(textLeft, textTop, view.title(), Theme.titleSize(), true, Theme.TEXT, "title"));
        if (!view.subtitle().isEmpty())
            nodes.add(text(textLeft, textTop + titleH, view.subtitle(), Theme.subtitleSize(), false, Theme.MUTED, "subtitle"));
        nodes.add(view.bound().matrix() != null ? TiledCells.node(view.bound().matrix(), mapping, grid) : grid(f, grid, xb, yb, out));
        box(boxes, "view", placed.of(this));
        box(boxes, "header", head);
        box(boxes, "plot", plot);
        box(boxes, "grid", grid);
        // Axes, then the legend: the order renderers and the page have always seen.
        for (Side side : List.of(Side.BOTTOM, Side.LEFT, Side.TOP, Side.RIGHT)) {
            for (SideTrack t : tracks.get(side)) {
                Bounds own = placed.of(t);
                nodes.add(t.draw(own, frame));
                box(boxes, t.role(), t.drawn(own));
            }
        }
        if (view.bound().matrix() == null) thinned(f, placed, plot, out); // a tiled matrix always thins; the page zooms
        double[] ramp = legend == null ? null : legend.rampBox(placed.of(legend), frame);
        List<ViewInfo.Interaction> interactions = new ArrayList<>();
        for (ResolvedInteraction i : view.interactions()) interactions.add(new ViewInfo.Interaction(i.name(), i.axis()));
        ViewInfo info = new ViewInfo("view-" + (index + 1), view.title(), grid.x(), grid.y(), grid.width(), grid.height(),
                view.x().field().name(), view.y().field().name(), view.color().field().name(), interactions,
                RuntimeInfoBuilder.build(view, mapping, cells, ramp), boxes, AnalysisTracks.infos(analyzed),
                decorations.bandTracks(placed, frame));
        return new Compiled(new Group("view", 0, 0, nodes), info);
    }

    /** Labels never vanish silently: each thinned axis gets a warning (and a note, drawn by AxisBuilder). */
    private void thinned(SourceFile f, Placement placed, Bounds plot, List<Diagnostic> out) {
        if (xAxis != null) {
            int every = xAxis.rule(plot.width()).every(), n = Math.max(1, cells.columns());
            if (every > 1) out.add(LayoutMessages.labelsThinned(f, view.x().span(), "x", every, n, plot.width() / n,
                    xAxis.fullStep(), false));
        }
        if (yAxis != null) {
            int every = yAxis.rule(plot.height()).every(), n = Math.max(1, cells.rows());
            if (every > 1) out.add(LayoutMessages.labelsThinned(f, view.y().span(), "y", every, n, plot.height() / n,
                    yAxis.fullStep(), true));
        }
    }

    private static PlotBands bands(ResolvedAxis axis, int n, double origin, double extent) {
        return PlotBands.of(n, origin, extent, axis.padding(), axis.round());
    }

    private static void box(List<LayoutBox> out, String role, Bounds b) {
        out.add(new LayoutBox(role, b.x(), b.y(), b.width(), b.height()));
    }

    private CellGrid grid(SourceFile f, Bounds box, PlotBands xb, PlotBands yb, List<Diagnostic> out) {
        int nx = cells.columns(), ny = cells.rows();
        double w = xb.extent(), h = yb.extent();
        int[] colors = decorations.hide(mapping.colors(cells));
        String[] labels = cells.labels();
        int[] labelColors = null;
        double fontSize = 0;
        if (labels != null) {
            // Labels must fit the drawn cell, not its slot.
            double cellW = w / Math.max(1, nx) * (1 - 2 * xb.inset()), cellH = h / Math.max(1, ny) * (1 - 2 * yb.inset());
            fontSize = CellLabels.fontSize(labels, cellW, cellH);
            if (fontSize == 0) {
                view.text().ifPresent(t -> out.add(Messages.labelsDoNotFit(f, t.span())));
                labels = null;
            } else {
                labelColors = new int[labels.length];
                for (int i = 0; i < labels.length; i++) labelColors[i] = Color.contrastingText(colors[i]);
            }
        }
        return new CellGrid(box.x(), box.y(), nx, ny, xb.edges(), yb.edges(), colors,
                RuntimeInfoBuilder.gridValues(mapping, cells),
                labels, labelColors, fontSize, cells.xLabels(), cells.yLabels(), cells.tooltips(), xb.inset(), yb.inset(),
                decorations.masked());
    }

    static Text text(double x, double y, String s, double size, boolean bold, int color, String role) {
        return new Text(x, y, s, size, bold, Text.Anchor.START, Text.Baseline.TOP, 0, color, role);
    }

    /** A view drawn from given cells and color mapping: a facet panel, or a view on a shared color scale (SceneCompiler). */
    static ViewCompiler prepare(ResolvedView view, CellData cells, ColorMapping mapping) {
        return new ViewCompiler(view, cells, mapping, AnalysisStep.none(cells), Decorations.none(view, cells));
    }
}
