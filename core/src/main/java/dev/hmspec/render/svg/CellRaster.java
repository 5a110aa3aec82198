package dev.hmspec.render.svg;

import dev.hmspec.scene.CellGrid;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * Rasterizes a dense CellGrid with plain Java2D: Batik needs ~44 s and 6 GB for a million
 * rects, a BufferedImage ~0.2 s (STACK.md). Uniform bands (the common case) give one pixel
 * per cell, stretched by the viewer with nearest-neighbour sampling; uneven bands are sampled
 * at pixel centres into an image of the grid's own size (times {@link #UNEVEN_OVERSAMPLE}), so
 * narrow bands keep their proportions. Grids with insets (padding) take the sampling path
 * too, leaving gap pixels transparent so the background shows through.
 */
public final class CellRaster {
    private CellRaster() {}

    static final int UNEVEN_OVERSAMPLE = 2;
    static final int MAX_SIDE = 8192;

    public static BufferedImage rasterize(CellGrid g) {
        int cols = g.columns(), rows = g.rows();
        if (!g.hasInsets() && isUniform(g.columnEdges()) && isUniform(g.rowEdges())) {
            BufferedImage img = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_ARGB);
            // colors are indexed row * columns + col: exactly the raster's scanline layout.
            img.setRGB(0, 0, cols, rows, g.colors(), 0, cols);
            return img;
        }
        int w = side(Math.abs(g.width()), cols), h = side(Math.abs(g.height()), rows);
        int[] colOf = sampleBands(g.columnEdges(), g.columnInset(), w), rowOf = sampleBands(g.rowEdges(), g.rowInset(), h);
        int[] px = new int[w * h]; // 0: transparent, which gap pixels (band -1) stay
        for (int y = 0; y < h; y++) {
            if (rowOf[y] < 0) continue;
            for (int x = 0; x < w; x++) if (colOf[x] >= 0) px[y * w + x] = g.colors()[g.index(colOf[x], rowOf[y])];
        }
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, w, h, px, 0, w);
        return img;
    }

    /** The grid as a {@code data:image/png;base64,…} URI. */
    public static String dataUri(CellGrid g) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(rasterize(g)));
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
