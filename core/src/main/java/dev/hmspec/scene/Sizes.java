package dev.hmspec.scene;

/**
 * The sizes and spacing a scene is laid out with (embed12b): font sizes, the margin around
 * the drawing, tick length and the gap between ticks and their labels, legend ramp and gaps,
 * the gap between views. {@link #DEFAULT} is the light theme's look, value for value the
 * compiler's former constants, so specs without a theme file lay out byte for byte as before.
 */
public record Sizes(double titleSize, double subtitleSize, double labelSize, double axisTitleSize, double noteSize,
                    double margin, double tickSize, double labelGap, double legendGap, double legendWidth,
                    double legendHeight, double viewGap) {
    public static final Sizes DEFAULT = new Sizes(16, 12, 11, 12, 10, 12, 4, 3, 18, 14, 240, 24);

    public Sizes {
        double[] all = {titleSize, subtitleSize, labelSize, axisTitleSize, noteSize, margin, tickSize, labelGap, legendGap,
            legendWidth, legendHeight, viewGap};
        for (double v : all) if (!(v >= 0 && v <= 1000)) throw new IllegalArgumentException("size out of range: " + v);
    }

    /** The shortest a colorbar gets: 100 px, or the theme's legend height when that is shorter. */
    public double legendMinHeight() { return Math.min(100, legendHeight); }
}
