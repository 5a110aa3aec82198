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
 * The color legend, built from the trained scale (never from raw data): a vertical colorbar
 * whose ends are the scale's domain, ticks placed by the scale itself (so sqrt/log/diverging
 * ticks sit where their colors are), and a no-data swatch when some cells are missing.
 */
final class LegendBuilder {
    private static final int STOPS = 32;
    private final ColorMapping mapping;
    private final boolean noDataSwatch;
    private final List<String> tickLabels = new ArrayList<>();

    LegendBuilder(ColorMapping mapping, boolean noDataSwatch) {
        this.mapping = mapping;
        this.noDataSwatch = noDataSwatch;
        for (double t : mapping.ticks()) tickLabels.add(mapping.tickFormat().format(t));
    }

    double width() {
        double labels = AxisLayout.maxWidth(tickLabels);
        double body = Theme.RAMP_WIDTH + Theme.TICK + Theme.TICK_GAP + labels;
        if (noDataSwatch) body = Math.max(body, Theme.RAMP_WIDTH + 6 + TextMeasure.width("no data", Theme.LABEL_SIZE, false));
        return Math.max(body, TextMeasure.width(mapping.title(), Theme.AXIS_TITLE_SIZE, true));
    }

    private double titleHeight() { return TextMeasure.lineHeight(Theme.AXIS_TITLE_SIZE) + 6; }

    private double rampHeight(double plotH) {
        return Math.max(Theme.RAMP_MIN_HEIGHT, Math.min(Theme.RAMP_MAX_HEIGHT, plotH - titleHeight() - (noDataSwatch ? 24 : 0)));
    }

    double height(double plotH) { return titleHeight() + rampHeight(plotH) + (noDataSwatch ? 24 : 0) + 8; }

    /** The colorbar's rectangle {x, y, width, height} as {@link #build} places it (the runtime points at it). */
    double[] rampBox(double left, double top, double plotH) {
        return new double[] {left, top + titleHeight(), Theme.RAMP_WIDTH, rampHeight(plotH)};
    }

    Group build(double left, double top, double plotH) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(new Text(left, top, mapping.title(), Theme.AXIS_TITLE_SIZE, true, Text.Anchor.START, Text.Baseline.TOP,
                0, Theme.TEXT, "legend-title"));
        double rampTop = top + titleHeight();
        double rampH = rampHeight(plotH);
        List<ColorRamp.Stop> stops = new ArrayList<>();
        for (int i = 0; i <= STOPS; i++) stops.add(new ColorRamp.Stop((double) i / STOPS, mapping.colorAt((double) i / STOPS)));
        nodes.add(new ColorRamp(left, rampTop, Theme.RAMP_WIDTH, rampH, stops, true, "colorbar"));
        double[] ticks = mapping.ticks();
        for (int i = 0; i < ticks.length; i++) {
            double t = mapping.scale().apply(ticks[i]);
            if (!(t >= -1e-9 && t <= 1 + 1e-9)) continue;
            double ty = rampTop + rampH * (1 - t);
            double tx = left + Theme.RAMP_WIDTH;
            nodes.add(new Line(tx, ty, tx + Theme.TICK, ty, Theme.RULE, 1, "tick"));
            nodes.add(new Text(tx + Theme.TICK + Theme.TICK_GAP, ty, tickLabels.get(i), Theme.LABEL_SIZE, false,
                    Text.Anchor.START, Text.Baseline.MIDDLE, 0, Theme.TEXT, "label"));
        }
        if (noDataSwatch) {
            double sy = rampTop + rampH + 12;
            nodes.add(new Rect(left, sy, Theme.RAMP_WIDTH, 10, mapping.noData(), Theme.RULE, 0.5, "no-data"));
            nodes.add(new Text(left + Theme.RAMP_WIDTH + 6, sy + 5, "no data", Theme.LABEL_SIZE, false, Text.Anchor.START,
                    Text.Baseline.MIDDLE, 0, Theme.TEXT, "label"));
        }
        return new Group("legend", 0, 0, nodes);
    }
}
