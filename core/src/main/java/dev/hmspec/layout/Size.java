package dev.hmspec.layout;

/** A measured size. */
public record Size(double width, double height) {
    public Size {
        if (!(width >= 0 && height >= 0)) throw new IllegalArgumentException("negative or NaN size: " + width + " x " + height);
    }
}
