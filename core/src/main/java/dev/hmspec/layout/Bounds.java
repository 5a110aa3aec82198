package dev.hmspec.layout;

/** A placed rectangle in scene coordinates (CSS pixels from the scene's top-left). */
public record Bounds(double x, double y, double width, double height) {
    public Bounds {
        if (!(width >= 0 && height >= 0)) throw new IllegalArgumentException("negative or NaN size: " + width + " x " + height);
    }

    public double right() { return x + width; }
    public double bottom() { return y + height; }
}
