package dev.hmspec.render;

/**
 * Knobs for the renderers. {@code pngScale} multiplies the scene size for PNG output (2 gives
 * sharp images on high-DPI screens); {@code maxCellRects} is the largest grid drawn as one SVG
 * rect per cell: bigger grids become one embedded raster image (Observable Plot's raster mark).
 */
public record RenderOptions(double pngScale, int maxCellRects) {
    public static final double DEFAULT_PNG_SCALE = dev.hmspec.scene.Raster.DEFAULT_SCALE;
    public static final int DEFAULT_MAX_CELL_RECTS = 20_000;
    /** Most viewers refuse larger images; bigger PNGs are drawn at a smaller scale. */
    public static final int MAX_PNG_SIDE = dev.hmspec.scene.Raster.MAX_SIDE;

    public RenderOptions {
        if (!(pngScale > 0) || Double.isInfinite(pngScale))
            throw new IllegalArgumentException("PNG scale must be a positive number, got " + pngScale);
        if (maxCellRects < 0) throw new IllegalArgumentException("maxCellRects must be >= 0, got " + maxCellRects);
    }

    public static RenderOptions defaults() { return new RenderOptions(DEFAULT_PNG_SCALE, DEFAULT_MAX_CELL_RECTS); }

    public RenderOptions withPngScale(double scale) { return new RenderOptions(scale, maxCellRects); }
    public RenderOptions withMaxCellRects(int max) { return new RenderOptions(pngScale, max); }
}
