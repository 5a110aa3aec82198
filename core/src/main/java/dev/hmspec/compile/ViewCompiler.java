package dev.hmspec.compile;

import dev.hmspec.ast.Channel;
import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.Statement;
import dev.hmspec.bind.BoundView;
import dev.hmspec.color.Color;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Text;
import dev.hmspec.scene.ViewInfo;
import dev.hmspec.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * One bound view → its scene group: title, y axis, plot (the CellGrid), x axis, legend.
 * Layout order avoids circularity: left and right margins first (label widths, legend),
 * then the plot width and band step, then the x labels' rotation, then heights.
 */
final class ViewCompiler {
    record Compiled(Group group, ViewInfo info, double width, double height) {}

    private ViewCompiler() {}

    static Compiled compile(SourceFile f, BoundView bound, int index, double top, List<Diagnostic> out) {
        Statement.Encoding x = bound.encoding(Channel.X).orElseThrow();
        Statement.Encoding y = bound.encoding(Channel.Y).orElseThrow();
        Statement.Encoding color = bound.encoding(Channel.COLOR).orElseThrow();
        CellData cells = CellData.of(bound);
        if (cells.duplicates() > 0) out.add(Messages.duplicateCells(f, color.span(), cells.duplicates(), cells.duplicateExample()));
        ColorMapping mapping = ColorMapping.train(color, bound.table().column(color.field().field().text()), cells);
        var view = bound.view();

        String title = view.last(Statement.Title.class).map(Statement.Title::text).or(view::name).orElse("");
        String subtitle = view.last(Statement.Subtitle.class).map(Statement.Subtitle::text).orElse("");
        boolean xAxis = x.option(EncodingOption.AxisNone.class).isEmpty();
        boolean yAxis = y.option(EncodingOption.AxisNone.class).isEmpty();
        String xTitle = xAxis ? x.option(EncodingOption.Title.class).map(EncodingOption.Title::text).orElse(x.field().field().text()) : "";
        String yTitle = yAxis ? y.option(EncodingOption.Title.class).map(EncodingOption.Title::text).orElse(y.field().field().text()) : "";
        boolean legend = !(color.option(EncodingOption.Legend.class).map(l -> l.title().isEmpty()).orElse(false));
        boolean anyMissing = cells.anyMissing();

        // Margins that do not depend on the plot size.
        double titleH = title.isEmpty() ? 0 : TextMeasure.lineHeight(Theme.TITLE_SIZE) + 2;
        double subtitleH = subtitle.isEmpty() ? 0 : TextMeasure.lineHeight(Theme.SUBTITLE_SIZE) + 2;
        double plotTop = top + Theme.PAD + titleH + subtitleH + (titleH + subtitleH > 0 ? 8 : 0);
        double yTitleW = yTitle.isEmpty() ? 0 : TextMeasure.lineHeight(Theme.AXIS_TITLE_SIZE) + 4;
        double yLabelsW = yAxis ? AxisLayout.maxWidth(cells.yLabels()) + Theme.TICK + Theme.TICK_GAP : 0;
        double plotLeft = Theme.PAD + yTitleW + yLabelsW;
        LegendBuilder legendBuilder = LegendBuilder.of(mapping, anyMissing);
        double legendW = legend ? Theme.LEGEND_GAP + legendBuilder.width() : 0;

        Statement.Size size = view.last(Statement.Size.class).orElse(new Statement.Size(Statement.Size.Kind.AUTO, 0, 0, view.span()));
        int nx = Math.max(1, cells.columns()), ny = Math.max(1, cells.rows());
        double autoCell = Math.min(40, Math.min(720.0 / nx, 520.0 / ny));
        double plotW = switch (size.kind()) {
            case FIXED -> Math.max(nx, size.width() - plotLeft - legendW - Theme.PAD);
            case CELL -> nx * size.width();
            case AUTO -> nx * autoCell;
        };
        Double forcedAngle = x.option(EncodingOption.LabelAngle.class).map(EncodingOption.LabelAngle::degrees).orElse(null);
        AxisLayout xLayout = AxisLayout.horizontal(cells.xLabels(), plotW / nx, forcedAngle);
        double xTitleH = xTitle.isEmpty() ? 0 : TextMeasure.lineHeight(Theme.AXIS_TITLE_SIZE) + 6;
        double bottom = (xAxis ? Theme.TICK + Theme.TICK_GAP + xLayout.extent() : 0) + xTitleH + Theme.PAD;
        double plotH = switch (size.kind()) {
            case FIXED -> Math.max(ny, size.height() - (plotTop - top) - bottom);
            case CELL -> ny * size.height();
            case AUTO -> ny * autoCell;
        };
        AxisLayout yLayout = AxisLayout.vertical(cells.yLabels(), plotH / ny);
        // The grid box: the plot itself, unless `round` moved the bands inwards to whole pixels.
        PlotBands xb = PlotBands.of(x, cells.xLabels().size(), plotLeft, plotW);
        PlotBands yb = PlotBands.of(y, cells.yLabels().size(), plotTop, plotH);
        double gridLeft = plotLeft + xb.offset(), gridTop = plotTop + yb.offset();
        double gridW = xb.offset() == 0 ? plotW : xb.extent(), gridH = yb.offset() == 0 ? plotH : yb.extent();

        List<Node> nodes = new ArrayList<>();
        if (!title.isEmpty()) nodes.add(text(Theme.PAD, top + Theme.PAD, title, Theme.TITLE_SIZE, true, Theme.TEXT, "title"));
        if (!subtitle.isEmpty()) nodes.add(text(Theme.PAD, top + Theme.PAD + titleH, subtitle, Theme.SUBTITLE_SIZE, false, Theme.MUTED, "subtitle"));
        nodes.add(grid(f, cells, mapping, gridLeft, gridTop, xb, yb, bound, out));
        // Axes follow the grid box, so ticks stay at slot centres, which are the drawn cells' centres.
        if (xAxis) nodes.add(AxisBuilder.x(cells.xLabels(), xLayout, gridLeft, plotTop + plotH, gridW, xTitle));
        if (yAxis) nodes.add(AxisBuilder.y(cells.yLabels(), yLayout, plotLeft, gridTop, gridH, yTitle, Theme.PAD));
        double legendH = 0;
        double legendX = plotLeft + plotW + Theme.LEGEND_GAP;
        if (legend) {
            Group g = legendBuilder.build(legendX, plotTop, plotH);
            nodes.add(g);
            legendH = legendBuilder.height(plotH);
        }
        double width = size.kind() == Statement.Size.Kind.FIXED ? size.width() : plotLeft + plotW + legendW + Theme.PAD;
        double height = size.kind() == Statement.Size.Kind.FIXED ? size.height()
                : Math.max(plotTop + plotH + bottom, plotTop + legendH + Theme.PAD) - top;
        String id = "view-" + (index + 1);
        ViewInfo info = new ViewInfo(id, title, gridLeft, gridTop, gridW, gridH, x.field().field().text(),
                y.field().field().text(), color.field().field().text(), interactions(bound),
                RuntimeInfoBuilder.build(bound, mapping, cells, xAxis, yAxis, forcedAngle,
                        legend ? legendBuilder.rampBox(legendX, plotTop, plotH) : null, size));
        return new Compiled(new Group("view", 0, 0, nodes), info, width, height);
    }

    private static CellGrid grid(SourceFile f, CellData cells, ColorMapping mapping, double left, double top,
                                 PlotBands xb, PlotBands yb, BoundView bound, List<Diagnostic> out) {
        int nx = cells.columns(), ny = cells.rows();
        double w = xb.extent(), h = yb.extent();
        int[] colors = mapping.colors(cells);
        String[] labels = cells.labels();
        int[] labelColors = null;
        double fontSize = 0;
        if (labels != null) {
            // Labels must fit the drawn cell, not its slot.
            fontSize = CellLabels.fontSize(labels, w / Math.max(1, nx) * (1 - 2 * xb.inset()), h / Math.max(1, ny) * (1 - 2 * yb.inset()));
            if (fontSize == 0) {
                bound.encoding(Channel.TEXT).ifPresent(t -> out.add(Messages.labelsDoNotFit(f, t.span())));
                labels = null;
            } else {
                labelColors = new int[labels.length];
                for (int i = 0; i < labels.length; i++) labelColors[i] = Color.contrastingText(colors[i]);
            }
        }
        return new CellGrid(left, top, nx, ny, xb.edges(), yb.edges(), colors, RuntimeInfoBuilder.gridValues(mapping, cells), labels, labelColors, fontSize,
                cells.xLabels(), cells.yLabels(), cells.tooltips(), xb.inset(), yb.inset());
    }

    private static List<ViewInfo.Interaction> interactions(BoundView bound) {
        List<ViewInfo.Interaction> out = new ArrayList<>();
        bound.view().all(Statement.Interact.class).forEach(s -> s.interactions().forEach(i ->
                out.add(new ViewInfo.Interaction(i.name().text(), i.argument().map(a -> a.text()).orElse("")))));
        return out;
    }

    static Text text(double x, double y, String s, double size, boolean bold, int color, String role) {
        return new Text(x, y, s, size, bold, Text.Anchor.START, Text.Baseline.TOP, 0, color, role);
    }

}
