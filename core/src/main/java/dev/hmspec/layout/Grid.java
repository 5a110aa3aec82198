package dev.hmspec.layout;

import java.util.List;

/**
 * Children in a wrapped grid of {@code columns} columns (facets): each column as wide as its
 * widest child, each row as tall as its tallest, children placed at their cell's top-left.
 */
public final class Grid implements Layout {
    private final int columns;
    private final double gap;
    private final List<Layout> children;

    public Grid(int columns, double gap, List<Layout> children) {
        if (columns < 1) throw new IllegalArgumentException("a grid needs at least one column");
        this.columns = columns;
        this.gap = gap;
        this.children = List.copyOf(children);
    }

    private int rows() { return (children.size() + columns - 1) / columns; }

    /** Column widths then row heights. */
    private double[][] tracks() {
        double[] w = new double[Math.min(columns, Math.max(1, children.size()))], h = new double[rows()];
        for (int i = 0; i < children.size(); i++) {
            Size s = children.get(i).measure(Constraint.NONE);
            w[i % columns] = Math.max(w[i % columns], s.width());
            h[i / columns] = Math.max(h[i / columns], s.height());
        }
        return new double[][] {w, h};
    }

    private static double total(double[] sizes, double gap) {
        double t = gap * Math.max(0, sizes.length - 1);
        for (double s : sizes) t += s;
        return t;
    }

    @Override public Size measure(Constraint c) {
        double[][] t = tracks();
        return new Size(children.isEmpty() ? 0 : total(t[0], gap), total(t[1], gap));
    }

    @Override public void place(Bounds b, Constraint c, Placement out) {
        out.put(this, b);
        double[][] t = tracks();
        double y = b.y();
        for (int r = 0; r < t[1].length; r++) {
            double x = b.x();
            for (int k = 0; k < columns && r * columns + k < children.size(); k++) {
                Layout child = children.get(r * columns + k);
                Size s = child.measure(Constraint.NONE);
                child.place(new Bounds(x, y, s.width(), s.height()), Constraint.NONE, out);
                x += t[0][k] + gap;
            }
            y += t[1][r] + gap;
        }
    }
}
