package dev.hmspec.layout;

import java.util.List;

/**
 * Children one after another, in a column (top to bottom) or a row (left to right), with a gap,
 * aligned to the start. One child may be flexible: under a bounded constraint it gets the room
 * the others leave along the stack (a chart of fixed size: the grid takes what the title leaves).
 */
public final class Stack implements Layout {
    private final boolean column;
    private final double gap;
    private final List<Layout> children;
    private final int flex;

    private Stack(boolean column, double gap, List<Layout> children, int flex) {
        this.column = column;
        this.gap = gap;
        this.children = List.copyOf(children);
        this.flex = flex;
    }

    public static Stack column(double gap, List<Layout> children) { return new Stack(true, gap, children, -1); }
    public static Stack row(double gap, List<Layout> children) { return new Stack(false, gap, children, -1); }

    /** The same stack with child {@code index} taking the leftover room. */
    public Stack withFlex(int index) {
        if (index < 0 || index >= children.size()) throw new IndexOutOfBoundsException(index);
        return new Stack(column, gap, children, index);
    }

    /** The constraint each child is measured and placed under. */
    private Constraint[] constraints(Constraint c) {
        Constraint[] out = new Constraint[children.size()];
        double used = gap * Math.max(0, children.size() - 1);
        for (int i = 0; i < children.size(); i++) {
            out[i] = column ? new Constraint(c.width(), Double.NaN) : new Constraint(Double.NaN, c.height());
            if (i != flex) used += main(children.get(i).measure(out[i]));
        }
        if (flex >= 0) {
            double room = (column ? c.height() : c.width()) - used;
            out[flex] = column ? new Constraint(c.width(), room) : new Constraint(room, c.height());
        }
        return out;
    }

    private double main(Size s) { return column ? s.height() : s.width(); }
    private double cross(Size s) { return column ? s.width() : s.height(); }

    @Override public Size measure(Constraint c) {
        Constraint[] cs = constraints(c);
        double along = 0, across = 0;
        for (int i = 0; i < children.size(); i++) {
            Size s = children.get(i).measure(cs[i]);
            // Summed in placing order, so the total is exactly where the last child ends.
            along += main(s) + (i + 1 < children.size() ? gap : 0);
            across = Math.max(across, cross(s));
        }
        return column ? new Size(across, along) : new Size(along, across);
    }

    @Override public void place(Bounds b, Constraint c, Placement out) {
        out.put(this, b);
        Constraint[] cs = constraints(c);
        double at = column ? b.y() : b.x();
        for (int i = 0; i < children.size(); i++) {
            Size s = children.get(i).measure(cs[i]);
            Bounds child = column ? new Bounds(b.x(), at, s.width(), s.height()) : new Bounds(at, b.y(), s.width(), s.height());
            children.get(i).place(child, cs[i], out);
            at += main(s) + gap;
        }
    }
}
