package dev.hmspec.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A center (a heatmap's grid) with a stack of {@link Track}s on each side, listed from the
 * center outwards, inside padding. Measuring solves the one circularity of a chart: the left
 * and right tracks' thickness may depend on the center's height, the center's width on what
 * they leave, the top and bottom tracks' thickness on that width (rotated x labels), and the
 * center's height on what those leave. A few rounds reach the fixed point; today's tracks
 * reach it in one.
 */
public final class Border implements Layout {
    private static final int ROUNDS = 3;
    private final Center center;
    private final Map<Side, List<Track>> sides;
    private final Insets padding;

    public Border(Center center, Map<Side, List<Track>> sides, Insets padding) {
        this.center = center;
        this.sides = new EnumMap<>(Side.class);
        for (Side s : Side.values()) this.sides.put(s, List.copyOf(sides.getOrDefault(s, List.of())));
        this.padding = padding;
    }

    /** The solved geometry: the center's size and each side's total thickness. */
    private record Solved(double cw, double ch, double top, double right, double bottom, double left) {}

    private Solved solve(Constraint c) {
        double padW = padding.left() + padding.right(), padH = padding.top() + padding.bottom();
        double ch = center.height(c.boundedHeight() ? c.height() - padH : Double.NaN);
        double cw = 0, l = 0, r = 0, t = 0, b = 0;
        for (int round = 0; round < ROUNDS; round++) {
            l = thickness(Side.LEFT, ch);
            r = thickness(Side.RIGHT, ch);
            cw = center.width(c.boundedWidth() ? c.width() - padW - l - r : Double.NaN);
            t = thickness(Side.TOP, cw);
            b = thickness(Side.BOTTOM, cw);
            double next = center.height(c.boundedHeight() ? c.height() - padH - t - b : Double.NaN);
            if (next == ch) break;
            ch = next;
        }
        return new Solved(cw, ch, t, r, b, l);
    }

    private double thickness(Side side, double length) {
        double sum = 0;
        for (Track tr : sides.get(side)) sum += tr.thickness(length);
        return sum;
    }

    /** How far the side's tracks reach along it, from the center's leading edge. */
    private double reach(Side side, double length) {
        double max = 0;
        for (Track tr : sides.get(side)) max = Math.max(max, tr.length(length));
        return max;
    }

    @Override public Size measure(Constraint c) {
        Solved s = solve(c);
        double w = s.left + Math.max(s.cw + s.right, Math.max(reach(Side.TOP, s.cw), reach(Side.BOTTOM, s.cw)));
        double h = s.top + Math.max(s.ch + s.bottom, Math.max(reach(Side.LEFT, s.ch), reach(Side.RIGHT, s.ch)));
        return new Size(padding.left() + w + padding.right(), padding.top() + h + padding.bottom());
    }

    @Override public void place(Bounds b, Constraint c, Placement out) {
        Solved s = solve(c);
        out.put(this, b);
        Bounds core = new Bounds(b.x() + padding.left() + s.left, b.y() + padding.top() + s.top, s.cw, s.ch);
        out.put(center, core);
        for (Side side : Side.values()) {
            double along = side.horizontal() ? s.cw : s.ch, offset = 0;
            for (Track tr : sides.get(side)) {
                double th = tr.thickness(along), len = tr.length(along);
                out.put(tr, switch (side) {
                    case TOP -> new Bounds(core.x(), core.y() - offset - th, len, th);
                    case BOTTOM -> new Bounds(core.x(), core.bottom() + offset, len, th);
                    case LEFT -> new Bounds(core.x() - offset - th, core.y(), th, len);
                    case RIGHT -> new Bounds(core.right() + offset, core.y(), th, len);
                });
                offset += th;
            }
        }
    }

    /** Tracks of one side, center outwards (for tests and for renderers of new kinds). */
    public List<Track> tracks(Side side) { return new ArrayList<>(sides.get(side)); }
}
