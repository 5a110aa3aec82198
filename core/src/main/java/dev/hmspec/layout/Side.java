package dev.hmspec.layout;

/** A side of a {@link Border}'s center. */
public enum Side {
    TOP, RIGHT, BOTTOM, LEFT;

    /** Top and bottom tracks run along the center's width; left and right along its height. */
    public boolean horizontal() { return this == TOP || this == BOTTOM; }
}
