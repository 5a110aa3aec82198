package dev.hmspec.scene;

/**
 * Limits of bitmap output, shared by the compiler (which warns) and the PNG renderer (which
 * obeys): most viewers and image libraries refuse images over 16,384 px on a side, so a PNG
 * that would be larger is drawn at a smaller scale instead.
 */
public final class Raster {
    private Raster() {}

    public static final int MAX_SIDE = 16_384;
    /** PNGs are drawn at twice the scene size unless asked otherwise (sharp on high-DPI screens). */
    public static final double DEFAULT_SCALE = 2;

    /** The scale to draw a {@code width × height} scene at: {@code requested}, or less so no side exceeds {@link #MAX_SIDE}. */
    public static double fit(double width, double height, double requested) {
        double side = Math.max(width, height);
        return side * requested <= MAX_SIDE ? requested : MAX_SIDE / side;
    }
}
