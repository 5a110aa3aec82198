package dev.hmspec.render.svg;

import dev.hmspec.scene.CellGrid;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import dev.hmspec.render.png.PngEncoder;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * Rasterizes a dense CellGrid from its color array: Batik needs ~44 s and 6 GB for a million
 * rects, an int array ~0.2 s (STACK.md). Uniform bands (the common case) give one pixel
 * per cell, stretched by the viewer with nearest-neighbour sampling; uneven bands are sampled
 * at pixel centres into an image of the grid's own size (times {@link #UNEVEN_OVERSAMPLE}), so
 * narrow bands keep their proportions. Grids with insets (padding) take the sampling path
 * too, leaving gap pixels transparent so the background shows through. A grid with more cells
 * than the image has pixels is sampled at pixel centres (nearest neighbour, as a viewer
 * scaling the full image down would), so a 10,000-column grid in a 700 px plot does not
 * embed 10,000 columns of pixels nobody can see.
 */
public final class CellRaster {
    private CellRaster() {}

    static final int UNEVEN_OVERSAMPLE = 2;
    static final int MAX_SIDE = 8192;

    /** ARGB pixels and their size, row by row. */
    public record Pixels(int[] argb, int width, int height) {}

    public static BufferedImage rasterize(CellGrid g) { return image(pixels(g, Integer.MAX_VALUE, Integer.MAX_VALUE)); }

    /** The grid's image, at most {@code maxWidth} × {@code maxHeight} pixels. */
    public static Pixels pixels(CellGrid g, int maxWidth, int maxHeight) {
        int cols = g.columns(), rows = g.rows();
        if (!g.hasInsets() && isUniform(g.columnEdges()) && isUniform(g.rowEdges()) && cols <= maxWidth && rows <= maxHeight) {
            // colors are indexed row * columns + col: exactly the raster's scanline layout.
            return new Pixels(g.colors(), cols, rows);
        }
        // Uniform bands need one pixel per band at most; uneven or inset ones are oversampled.
        boolean plain = !g.hasInsets() && isUniform(g.columnEdges()) && isUniform(g.rowEdges());
        int w = Math.min(maxWidth, plain ? cols : side(Math.abs(g.width()), cols));
        int h = Math.min(maxHeight, plain ? rows : side(Math.abs(g.height()), rows));
        return sample(g, Math.max(1, w), Math.max(1, h));
    }

    /** The grid sampled at the centres of a w × h pixel lattice over its extent; gaps stay transparent. */
    public static Pixels sample(CellGrid g, int w, int h) {
        int[] colOf = sampleBands(g.columnEdges(), g.columnInset(), w), rowOf = sampleBands(g.rowEdges(), g.rowInset(), h);
        int[] px = new int[Math.multiplyExact(w, h)]; // 0: transparent, which gap pixels (band -1) stay
        int[] colors = g.colors();
        for (int y = 0; y < h; y++) {
            if (rowOf[y] < 0) continue;
            int base = rowOf[y] * g.columns(), out = y * w;
            for (int x = 0; x < w; x++) if (colOf[x] >= 0) px[out + x] = colors[base + colOf[x]];
        }
        return new Pixels(px, w, h);
    }

    static BufferedImage image(Pixels p) {
        BufferedImage img = new BufferedImage(p.width(), p.height(), BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, p.width(), p.height(), p.argb(), 0, p.width());
        return img;
    }

    /** The grid as a {@code data:image/png;base64,…} URI, at most {@code oversample} pixels per drawn unit each way. */
    public static String dataUri(CellGrid g, int oversample) {
        Pixels p = pixels(g, cap(Math.abs(g.width()) * oversample), cap(Math.abs(g.height()) * oversample));
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(PngEncoder.encode(p.argb(), p.width(), p.height()));
    }

    static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams do not fail
        }
    }

    /** Equal, ascending bands. */
    static boolean isUniform(double[] edges) {
        int n = edges.length - 1;
        double step = (edges[n] - edges[0]) / n;
        if (step < 0) return false; // a reversed axis goes through the sampling path, which handles order
        double tolerance = Math.abs(step) * 1e-6;
        for (int i = 0; i < n; i++) if (Math.abs(edges[i + 1] - edges[i] - step) > tolerance) return false;
        return true;
    }

    private static boolean inGap(double a, double b, double inset, double pos) {
        if (inset == 0) return false;
        double lo = Math.min(a, b), d = Math.abs(b - a) * inset;
        return pos < lo + d || pos >= lo + Math.abs(b - a) - d;
    }

    private static int cap(double size) { return (int) Math.min(MAX_SIDE, Math.max(1, Math.ceil(size))); }

    private static int side(double size, int bands) {
        long px = Math.round(Math.ceil(size) * UNEVEN_OVERSAMPLE);
        return (int) Math.max(bands, Math.min(MAX_SIDE, Math.max(1, px)));
    }

    static int[] sampleBands(double[] edges, int pixels) { return sampleBands(edges, 0, pixels); }

    /**
     * For each of {@code pixels} samples across the edges' extent, the band whose span holds its
     * centre, or -1 when the centre falls in the inset (the gap) at either side of that band.
     */
    static int[] sampleBands(double[] edges, double inset, int pixels) {
        int n = edges.length - 1;
        boolean ascending = edges[n] >= edges[0];
        double lo = Math.min(edges[0], edges[n]), extent = Math.abs(edges[n] - edges[0]);
        int[] band = new int[pixels];
        int b = 0;
        for (int p = 0; p < pixels; p++) {
            double pos = lo + (p + 0.5) * extent / pixels;
            // ascending edges: walk forward; descending: band index counts from the far end.
            if (ascending) {
                while (b < n - 1 && edges[b + 1] <= pos) b++;
                band[p] = inGap(edges[b], edges[b + 1], inset, pos) ? -1 : b;
            } else {
                while (b < n - 1 && edges[n - 1 - b] <= pos) b++;
                int k = n - 1 - b;
                band[p] = inGap(edges[k], edges[k + 1], inset, pos) ? -1 : k;
            }
        }
        return band;
    }
}
