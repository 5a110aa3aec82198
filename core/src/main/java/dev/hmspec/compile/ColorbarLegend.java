package dev.hmspec.compile;

import dev.hmspec.scene.ColorRamp;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Line;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Rect;
import dev.hmspec.scene.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A vertical colorbar whose ends are the scale's domain, with ticks placed by the scale itself
 * (so sqrt/log/symlog/diverging/time ticks sit where their colors are).
 */
final class ColorbarLegend implements LegendBuilder {
    private static final int STOPS = 32;
    private final ContinuousColor mapping;
    private final boolean noDataSwatch;

    ColorbarLegend(ContinuousColor mapping, boolean noDataSwatch) {
        this.mapping = mapping;
        this.noDataSwatch = noDataSwatch;
    }

    @Override public double width() {
        double labels = AxisLayout.maxWidth(mapping.tickLabels());
        double body = Theme.rampWidth() + Theme.tick() + Theme.tickGap() + labels;
        if (noDataSwatch) body = Math.max(body, Theme.rampWidth() + 6 + TextMeasure.width("no data", Theme.labelSize(), false));
        return Math.max(body, TextMeasure.width(mapping.title(), Theme.axisTitleSize(), true));
    }

    static double titleHeight() { return TextMeasure.lineHeight(Theme.axisTitleSize()) + 6; }

    private double rampHeight(double plotH) {
        return Math.max(Theme.rampMinHeight(), Math.min(Theme.rampMaxHeight(), plotH - titleHeight() - (noDataSwatch ? 24 : 0)));
    }

    @Override public double height(double plotH) { return titleHeight() + rampHeight(plotH) + (noDataSwatch ? 24 : 0) + 8; }

    @Override public double[] rampBox(double left, double top, double plotH) {
        return new double[] {left, top + titleHeight(), Theme.rampWidth(), rampHeight(plotH)};
    }

    @Override public Group build(double left, double top, double plotH) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(title(left, top, mapping.title()));
        double rampTop = top + titleHeight();
        double rampH = rampHeight(plotH);
        List<ColorRamp.Stop> stops = new ArrayList<>();
        for (int i = 0; i <= STOPS; i++) stops.add(new ColorRamp.Stop((double) i / STOPS, mapping.colorAt((double) i / STOPS)));
        nodes.add(new ColorRamp(left, rampTop, Theme.rampWidth(), rampH, stops, true, "colorbar"));
        double[] ticks = mapping.ticks();
        for (int i = 0; i < ticks.length; i++) {
            double t = mapping.toT().applyAsDouble(ticks[i]);
            if (!(t >= -1e-9 && t <= 1 + 1e-9)) continue;
            double ty = rampTop + rampH * (1 - t);
            double tx = left + Theme.rampWidth();
            nodes.add(new Line(tx, ty, tx + Theme.tick(), ty, Theme.RULE, 1, "tick"));
            nodes.add(label(tx + Theme.tick() + Theme.tickGap(), ty, mapping.tickLabels().get(i)));
        }
        if (noDataSwatch) noData(nodes, left, rampTop + rampH + 12, mapping.noData());
        return new Group("legend", 0, 0, nodes);
    }

    static Text title(double left, double top, String title) {
        return new Text(left, top, title, Theme.axisTitleSize(), true, Text.Anchor.START, Text.Baseline.TOP, 0, Theme.TEXT, "legend-title");
    }

    static Text label(double x, double y, String s) {
        return new Text(x, y, s, Theme.labelSize(), false, Text.Anchor.START, Text.Baseline.MIDDLE, 0, Theme.TEXT, "label");
    }

    static void noData(List<Node> nodes, double left, double y, int color) {
        nodes.add(new Rect(left, y, Theme.rampWidth(), 10, color, Theme.RULE, 0.5, "no-data"));
        nodes.add(label(left + Theme.rampWidth() + 6, y + 5, "no data"));
    }
}
