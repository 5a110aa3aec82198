package dev.hmspec.compile;

import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * One swatch per class with its label. Numeric bins are listed with the highest on top, like
 * the colorbar; categories in their order. The no-data swatch comes last.
 */
final class SwatchLegend implements LegendBuilder {
    private static final double ROW = 16, SWATCH = 12;
    private final DiscreteColor mapping;
    private final boolean noDataSwatch;

    SwatchLegend(DiscreteColor mapping, boolean noDataSwatch) {
        this.mapping = mapping;
        this.noDataSwatch = noDataSwatch;
    }

    private int rows() { return mapping.colors().length + (noDataSwatch ? 1 : 0); }

    @Override public double width() {
        List<String> labels = new ArrayList<>(mapping.labels());
        if (noDataSwatch) labels.add("no data");
        double body = Theme.rampWidth() + 6 + AxisLayout.maxWidth(labels);
        return Math.max(body, TextMeasure.width(mapping.title(), Theme.axisTitleSize(), true));
    }

    @Override public double height(double plotH) { return ColorbarLegend.titleHeight() + rows() * ROW + 8; }

    @Override public Group build(double left, double top, double plotH) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(ColorbarLegend.title(left, top, mapping.title()));
        double y = top + ColorbarLegend.titleHeight();
        int n = mapping.colors().length;
        for (int row = 0; row < n; row++) {
            int k = mapping.ascendingNumbers() ? n - 1 - row : row;
            nodes.add(new Rect(left, y + (ROW - SWATCH) / 2, Theme.rampWidth(), SWATCH, mapping.colors()[k], Theme.RULE, 0.5, "swatch"));
            nodes.add(ColorbarLegend.label(left + Theme.rampWidth() + 6, y + ROW / 2, mapping.labels().get(k)));
            y += ROW;
        }
        if (noDataSwatch) ColorbarLegend.noData(nodes, left, y + (ROW - 10) / 2, mapping.noData());
        return new Group("legend", 0, 0, nodes);
    }
}
