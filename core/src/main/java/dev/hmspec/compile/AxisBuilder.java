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

    private static double titleWidth(String title) { return TextMeasure.width(title, Theme.axisTitleSize(), true); }

    /** Length of the title, the gap and the note along the axis (the title alone without a note). */
    static double titleAndNoteLength(String title, String note) {
        if (note.isEmpty()) return titleWidth(title);
        return titleWidth(title) + (title.isEmpty() ? 0 : NOTE_GAP) + TextMeasure.width(note, Theme.noteSize(), false);
    }

    /**
     * Where the title's centre and the note's start go along the axis (reading direction) so that
     * the two are centred together on {@code centre}.
     */
    static double[] titleAndNote(double centre, String title, String note) {
        double start = centre - titleAndNoteLength(title, note) / 2, w = titleWidth(title);
        return new double[] {note.isEmpty() ? centre : start + w / 2, start + w + (title.isEmpty() ? 0 : NOTE_GAP)};
    }

    static Group x(List<String> labels, AxisLayout layout, double left, double top, double width, String title) {
        List<Node> nodes = new ArrayList<>();
        int n = labels.size();
        double step = width / Math.max(1, n);
        double labelY = top + Theme.tick() + Theme.tickGap();
        for (int i = 0; i < n; i += layout.every()) {
            double cx = left + step * (i + 0.5);
            nodes.add(new Line(cx, top, cx, top + Theme.tick(), Theme.RULE, 1, "tick"));
            if (layout.angle() == 0) {
                nodes.add(new Text(cx, labelY, labels.get(i), Theme.labelSize(), false, Text.Anchor.MIDDLE,
                        Text.Baseline.TOP, 0, Theme.TEXT, "label"));
            } else {
                nodes.add(new Text(cx, labelY, labels.get(i), Theme.labelSize(), false, Text.Anchor.END,
                        Text.Baseline.MIDDLE, layout.angle(), Theme.TEXT, "label"));
            }
        }
        double ty = labelY + layout.extent() + 6;
        // Thinned labels never vanish silently: a note follows the title, and the two are centred
        // together under the grid (the page rewrites the note on zoom).
        String note = layout.every() > 1 ? LayoutMessages.everyNthLabel(layout.every()) : "";
        double[] at = titleAndNote(left + width / 2, title, note);
        if (!title.isEmpty()) {
            nodes.add(new Text(at[0], ty, title, Theme.axisTitleSize(), true, Text.Anchor.MIDDLE,
                    Text.Baseline.TOP, 0, Theme.TEXT, "axis-title"));
        }
        if (!note.isEmpty()) {
            nodes.add(new Text(at[1], ty + 1, note, Theme.noteSize(), false, Text.Anchor.START, Text.Baseline.TOP, 0,
                    Theme.MUTED, "axis-note"));
        }
        return new Group("axis-x", 0, 0, nodes);
    }

    static Group y(List<String> labels, AxisLayout layout, double left, double top, double height, String title, double pad) {
        List<Node> nodes = new ArrayList<>();
        int n = labels.size();
        double step = height / Math.max(1, n);
        for (int i = 0; i < n; i += layout.every()) {
            double cy = top + step * (i + 0.5);
            nodes.add(new Line(left - Theme.tick(), cy, left, cy, Theme.RULE, 1, "tick"));
            nodes.add(new Text(left - Theme.tick() - Theme.tickGap(), cy, labels.get(i), Theme.labelSize(), false,
                    Text.Anchor.END, Text.Baseline.MIDDLE, 0, Theme.TEXT, "label"));
        }
        // The title and the note, rotated, read upwards; centred together beside the grid.
        String note = layout.every() > 1 ? LayoutMessages.everyNthLabel(layout.every()) : "";
        // A block longer than the grid hangs from the grid's top edge (into the empty corner below),
        // never up into the header; YAxisTrack.length makes room for it.
        double block = titleAndNoteLength(title, note);
        double[] at = titleAndNote(-(block > height ? top + block / 2 : top + height / 2), title, note);
        if (!title.isEmpty()) {
            nodes.add(new Text(pad, -at[0], title, Theme.axisTitleSize(), true, Text.Anchor.MIDDLE,
                    Text.Baseline.TOP, -90, Theme.TEXT, "axis-title"));
        }
        if (!note.isEmpty()) {
            nodes.add(new Text(pad + 1, -at[1], note, Theme.noteSize(), false, Text.Anchor.START, Text.Baseline.TOP, -90,
                    Theme.MUTED, "axis-note"));
        }
        return new Group("axis-y", 0, 0, nodes);
    }
}
