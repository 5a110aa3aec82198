package dev.hmspec.layout;

/**
 * A node of the layout tree. Layout runs in two passes: {@link #measure} asks each node for its
 * size under a constraint (a parent may measure a child more than once), then {@link #place}
 * gives each node its final rectangle, and the node records what it placed in a
 * {@link Placement}. Nodes are pure geometry: they know nothing about specs, data or drawing.
 */
public interface Layout {
    Size measure(Constraint c);

    /** Places this node in {@code b} (a rectangle of the size it measured, under the same constraint). */
    void place(Bounds b, Constraint c, Placement out);
}
