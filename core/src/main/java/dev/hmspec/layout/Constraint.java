package dev.hmspec.layout;

/**
 * The room a parent offers a child: a width and height, each either a number or unbounded
 * (NaN: the child takes its natural size, as {@code size cell} and {@code size auto} charts do).
 */
public record Constraint(double width, double height) {
    public static final Constraint NONE = new Constraint(Double.NaN, Double.NaN);

    public boolean boundedWidth() { return !Double.isNaN(width); }
    public boolean boundedHeight() { return !Double.isNaN(height); }

    /** This constraint less {@code dw}, {@code dh} (unbounded stays unbounded). */
    public Constraint shrink(double dw, double dh) { return new Constraint(width - dw, height - dh); }
}
