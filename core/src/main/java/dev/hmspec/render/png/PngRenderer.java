package dev.hmspec.render.png;

import dev.hmspec.render.ColorText;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.svg.CellGridSvg;
import dev.hmspec.render.svg.CellRaster;
import dev.hmspec.render.svg.SvgRenderer;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Raster;
import dev.hmspec.scene.Scene;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/**
 * Scene → PNG: Batik draws the standalone SVG (titles, axes, legends, small grids as rects), so
 * PNG and SVG cannot drift apart; grids that SVG embeds as an image are instead sampled straight
 * from their color arrays at the PNG's own pixels (one sample per pixel centre, the nearest
 * neighbour a viewer would show) and drawn into Batik's image, which {@link PngEncoder} writes.
 * A 4-million-cell grid then never passes through an embedded PNG, base64 and Batik's decoder.
 * The output is {@code pngScale} times the scene size, or less when that would exceed
 * {@link Raster#MAX_SIDE} px on a side.
 */
public final class PngRenderer {
    private PngRenderer() {}

    /** Batik resolves relative references against this; our SVG has none, but without a URI its error reporting throws. */
    static final String BASE_URI = "file:///hmspec/scene.svg";

    public static byte[] render(Scene scene, RenderOptions options) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            render(scene, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams do not fail
        }
        return out.toByteArray();
    }

    public static void render(Scene scene, RenderOptions options, OutputStream out) throws IOException {
        // Too large for viewers at the requested scale: drawn smaller (the compiler warned, HM431).
        double scale = Raster.fit(scene.width(), scene.height(), options.pngScale());
        float width = size(scene.width() * scale), height = size(scene.height() * scale);
        Capture t = new Capture();
        t.addTranscodingHint(ImageTranscoder.KEY_WIDTH, width);
        t.addTranscodingHint(ImageTranscoder.KEY_HEIGHT, height);
        if (ColorText.alpha(scene.background()) != 0)
            t.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, new Color(scene.background(), true));
        TranscoderInput in = new TranscoderInput(new StringReader(SvgRenderer.renderWithoutImageGrids(scene, options)));
        in.setURI(BASE_URI);
        try {
            t.transcode(in, new TranscoderOutput(OutputStream.nullOutputStream()));
        } catch (TranscoderException e) {
            throw new IllegalStateException("PNG rendering failed: " + e.getMessage(), e);
        }
        BufferedImage img = t.image;
        Graphics2D g2 = img.createGraphics();
        try {
            drawImageGrids(g2, scene.nodes(), 0, 0, width / scene.width(), height / scene.height(), options);
        } finally {
            g2.dispose();
        }
        int[] argb = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        PngEncoder.encode(argb, img.getWidth(), img.getHeight(), out);
    }

    /** Grids drawn as images, each sampled at the device pixels its extent covers (group offsets applied). */
    private static void drawImageGrids(Graphics2D g2, java.util.List<Node> nodes, double ox, double oy, double sx, double sy,
                                       RenderOptions options) {
        for (Node node : nodes) {
            // A tiled grid draws its preview, the pyramid level chosen for this resolution (issue 9).
            Node n = node instanceof dev.hmspec.scene.TiledGrid t ? t.preview() : node;
            if (n instanceof Group g) drawImageGrids(g2, g.children(), ox + g.x(), oy + g.y(), sx, sy, options);
            else if (n instanceof CellGrid g && CellGridSvg.drawsAsImage(g, options.maxCellRects())) {
                double[] ce = g.columnEdges(), re = g.rowEdges();
                double x0 = ox + g.x() + Math.min(ce[0], ce[g.columns()]), y0 = oy + g.y() + Math.min(re[0], re[g.rows()]);
                int px0 = (int) Math.round(x0 * sx), py0 = (int) Math.round(y0 * sy);
                int px1 = (int) Math.round((x0 + Math.abs(g.width())) * sx), py1 = (int) Math.round((y0 + Math.abs(g.height())) * sy);
                if (px1 <= px0 || py1 <= py0) continue;
                CellRaster.Pixels p = CellRaster.sample(g, px1 - px0, py1 - py0);
                BufferedImage cells = new BufferedImage(p.width(), p.height(), BufferedImage.TYPE_INT_ARGB);
                cells.setRGB(0, 0, p.width(), p.height(), p.argb(), 0, p.width());
                g2.drawImage(cells, px0, py0, null);
            }
        }
    }

    /** Batik's rendering as an image, kept instead of encoded (PngEncoder writes it faster). */
    private static final class Capture extends ImageTranscoder {
        BufferedImage image;

        @Override public BufferedImage createImage(int w, int h) { return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB); }

        @Override public void writeImage(BufferedImage img, TranscoderOutput output) { image = img; }
    }

    /** Whole pixels, at least one and at most {@link Raster#MAX_SIDE}. */
    private static float size(double px) { return Math.max(1, Math.min(Raster.MAX_SIDE, Math.round(px))); }
}
