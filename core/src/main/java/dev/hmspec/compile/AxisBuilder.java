package dev.hmspec.compile;

import dev.hmspec.scene.Group;
import dev.hmspec.scene.Line;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Band axes: a tick and a label at each shown band's center, the axis title, and when labels are
 * thinned a muted note after the title ("every 5th label").
 */
final class AxisBuilder {
    static final double NOTE_GAP = 8;

    private AxisBuilder() {}

    private static double titleWidth(String title) { return TextMeasure.width(title, Theme.AXIS_TITLE_SIZE, true); }

    static Group x(List<String> labels, AxisLayout layout, double left, double top, double width, String title) {
        List<Node> nodes = new ArrayList<>();
        int n = labels.size();
        double step = width / Math.max(1, n);
        double labelY = top + Theme.TICK + Theme.TICK_GAP;
        for (int i = 0; i < n; i += layout.every()) {
            double cx = left + step * (i + 0.5);
            nodes.add(new Line(cx, top, cx, top + Theme.TICK, Theme.RULE, 1, "tick"));
            if (layout.angle() == 0) {
                nodes.add(new Text(cx, labelY, labels.get(i), Theme.LABEL_SIZE, false, Text.Anchor.MIDDLE,
                        Text.Baseline.TOP, 0, Theme.TEXT, "label"));
            } else {
                nodes.add(new Text(cx, labelY, labels.get(i), Theme.LABEL_SIZE, false, Text.Anchor.END,
                        Text.Baseline.MIDDLE, layout.angle(), Theme.TEXT, "label"));
            }
        }
        double ty = labelY + layout.extent() + 6, cx = left + width / 2;
        if (!title.isEmpty()) {
            nodes.add(new Text(cx, ty, title, Theme.AXIS_TITLE_SIZE, true, Text.Anchor.MIDDLE,
                    Text.Baseline.TOP, 0, Theme.TEXT, "axis-title"));
        }
        // Thinned labels never vanish silently: a note follows the title (the page rewrites it on zoom).
        if (layout.every() > 1) {
            double nx = title.isEmpty() ? cx : cx + titleWidth(title) / 2 + NOTE_GAP;
            nodes.add(new Text(nx, ty + 1, LayoutMessages.everyNthLabel(layout.every()), Theme.NOTE_SIZE, false,
                    title.isEmpty() ? Text.Anchor.MIDDLE : Text.Anchor.START, Text.Baseline.TOP, 0, Theme.MUTED, "axis-note"));
        }
        return new Group("axis-x", 0, 0, nodes);
    }

    static Group y(List<String> labels, AxisLayout layout, double left, double top, double height, String title, double pad) {
        List<Node> nodes = new ArrayList<>();
        int n = labels.size();
        double step = height / Math.max(1, n);
        for (int i = 0; i < n; i += layout.every()) {
            double cy = top + step * (i + 0.5);
            nodes.add(new Line(left - Theme.TICK, cy, left, cy, Theme.RULE, 1, "tick"));
            nodes.add(new Text(left - Theme.TICK - Theme.TICK_GAP, cy, labels.get(i), Theme.LABEL_SIZE, false,
                    Text.Anchor.END, Text.Baseline.MIDDLE, 0, Theme.TEXT, "label"));
        }
        double cy = top + height / 2;
        if (!title.isEmpty()) {
            nodes.add(new Text(pad, cy, title, Theme.AXIS_TITLE_SIZE, true, Text.Anchor.MIDDLE,
                    Text.Baseline.TOP, -90, Theme.TEXT, "axis-title"));
        }
        // Rotated like the title and read after it, upwards.
        if (layout.every() > 1) {
            double ny = title.isEmpty() ? cy : cy - titleWidth(title) / 2 - NOTE_GAP;
            nodes.add(new Text(pad + 1, ny, LayoutMessages.everyNthLabel(layout.every()), Theme.NOTE_SIZE, false,
                    title.isEmpty() ? Text.Anchor.MIDDLE : Text.Anchor.START, Text.Baseline.TOP, -90, Theme.MUTED, "axis-note"));
        }
        return new Group("axis-y", 0, 0, nodes);
    }
}
