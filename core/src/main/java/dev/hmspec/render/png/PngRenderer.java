package dev.hmspec.render.png;

import dev.hmspec.render.ColorText;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.svg.SvgRenderer;
import dev.hmspec.scene.Raster;
import dev.hmspec.scene.Scene;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * Scene → PNG through Batik's transcoder over the standalone SVG, so PNG and SVG cannot
 * drift apart. Dense grids are already one embedded image in that SVG, which keeps Batik fast.
 * The output is {@code pngScale} times the scene size, or less when that would exceed
 * {@link Raster#MAX_SIDE} px on a side.
 */
public final class PngRenderer {
    private PngRenderer() {}

    /** Batik resolves relative references against this; our SVG has none, but without a URI its error reporting throws. */
    static final String BASE_URI = "file:///hmspec/scene.svg";

    public static byte[] render(Scene scene, RenderOptions options) {
        // Too large for viewers at the requested scale: drawn smaller (the compiler warned, HM431).
        double scale = Raster.fit(scene.width(), scene.height(), options.pngScale());
        float width = size(scene.width() * scale), height = size(scene.height() * scale);
        String svg = SvgRenderer.render(scene, options);
        PNGTranscoder t = new PNGTranscoder();
        t.addTranscodingHint(ImageTranscoder.KEY_WIDTH, width);
        t.addTranscodingHint(ImageTranscoder.KEY_HEIGHT, height);
        if (ColorText.alpha(scene.background()) != 0)
            t.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, new Color(scene.background(), true));
        TranscoderInput in = new TranscoderInput(new StringReader(svg));
        in.setURI(BASE_URI);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            t.transcode(in, new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("PNG rendering failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Whole pixels, at least one and at most {@link Raster#MAX_SIDE}. */
    private static float size(double px) { return Math.max(1, Math.min(Raster.MAX_SIDE, Math.round(px))); }
}
