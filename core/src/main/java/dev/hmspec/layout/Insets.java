package dev.hmspec.layout;

/** Empty space around a node's content. */
public record Insets(double top, double right, double bottom, double left) {
    public static final Insets NONE = new Insets(0, 0, 0, 0);
}
