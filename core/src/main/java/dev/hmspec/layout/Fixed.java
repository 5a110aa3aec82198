package dev.hmspec.layout;

/** A leaf of a fixed size whatever the constraint (a title block, a caption). */
public record Fixed(Size size) implements Layout {
    @Override public Size measure(Constraint c) { return size; }

    @Override public void place(Bounds b, Constraint c, Placement out) { out.put(this, b); }
}
