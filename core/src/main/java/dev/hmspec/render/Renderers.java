package dev.hmspec.render;

import dev.hmspec.render.html.HtmlRenderer;
import dev.hmspec.render.json.SceneJson;
import dev.hmspec.render.png.PngRenderer;
import dev.hmspec.render.svg.SvgRenderer;
import dev.hmspec.scene.Scene;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The render stage's entry point: {@code Scene ──render──▶ bytes} in one {@link Format}.
 * Renderers see only the scene, never the AST or the data table (DESIGN.md).
 */
public final class Renderers {
    private Renderers() {}

    public static byte[] render(Scene scene, Format format, RenderOptions options) {
        switch (format) {
            case HTML: return HtmlRenderer.render(scene, options);
            case SVG: return SvgRenderer.render(scene, options).getBytes(StandardCharsets.UTF_8);
            case PNG: return PngRenderer.render(scene, options);
            case JSON: return SceneJson.render(scene);
            case FRAGMENT: return dev.hmspec.render.html.FragmentRenderer.render(scene, options);
            default: throw new IllegalArgumentException("unsupported format " + format);
        }
    }

    /** Streams the output: HTML and PNG are written as they are made, never held whole as one String or array. */
    public static void render(Scene scene, Format format, RenderOptions options, OutputStream out) throws IOException {
        switch (format) {
            case HTML: HtmlRenderer.render(scene, options, out); return;
            case PNG: PngRenderer.render(scene, options, out); return;
            default: out.write(render(scene, format, options));
        }
    }
}
