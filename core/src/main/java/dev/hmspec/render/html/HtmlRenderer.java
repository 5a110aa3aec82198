package dev.hmspec.render.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hmspec.render.RenderMessages;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.json.SceneJson;
import dev.hmspec.render.svg.SvgRenderer;
import dev.hmspec.render.svg.Xml;
import dev.hmspec.scene.Scene;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scene → one self-contained HTML page: inline SVG (titles, axes, legend; cell grids left as
 * placeholders), inline CSS, the views as a JSON data block, each view's cells as a binary
 * block ({@link Base85} text, deflated when that pays) the runtime draws on a canvas, and the
 * runtime itself as a deflated block, decoded and run by a small readable bootstrap
 * ({@link RuntimeAssets}). Nothing
 * is loaded from the network, so the file works offline and from {@code file://}.
 */
public final class HtmlRenderer {
    private HtmlRenderer() {}

    public static byte[] render(Scene scene, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            render(scene, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams do not fail
        }
        return out.toByteArray();
    }

    public static String page(Scene scene, RenderOptions options) {
        return new String(render(scene, options), StandardCharsets.UTF_8);
    }

    /**
     * Writes the page to {@code out} as it is made: the cell blocks go from their bytes to
     * base-85 text in the stream, so a 10-million-cell page is never one String in memory.
     */
    public static void render(Scene scene, RenderOptions options, OutputStream out) throws IOException {
        String title = scene.title() == null ? "" : scene.title();
        List<ViewPayload.Built> views = ViewPayload.build(scene, options);
        boolean auto = views.stream().anyMatch(ViewPayload.Built::autoSize);
        Writer b = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        b.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"hmspec\">\n")
                .append("<title>").append(Xml.text(RenderMessages.chartName(title))).append("</title>\n")
                .append("<style>\n").append(RuntimeAssets.CSS).append(PageTheme.css(scene.style(), "html", true))
                .append("</style>\n</head>\n<body>\n")
                // The landmark and the level-one heading screen readers navigate by; the heading
                // repeats the drawn title for them only (the SVG draws it for everyone).
                .append("<main>\n<h1 class=\"hm-sr\">").append(Xml.text(RenderMessages.chartName(title))).append("</h1>\n")
                .append(ControlsHtml.form(scene.controls()))
                .append("<figure class=\"hm-figure").append(auto ? " hm-auto" : "").append("\">\n")
                .append(SvgRenderer.renderInlineForCanvas(scene, options))
                .append("</figure>\n</main>\n")
                .append("<div class=\"hm-tooltip\" data-hm-tooltip role=\"tooltip\" hidden></div>\n")
                .append("<script type=\"application/json\" id=\"hmspec-data\">")
                .append(ScriptJson.escape(payload(scene, views)))
                .append("</script>\n");
        // Base85 text has no '<', so a binary block cannot end its script element early.
        for (ViewPayload.Built v : views) {
            if (v.cells() != null) block(b, out, v.blobId(), v.cells().bytes(), v.cells().deflated());
        }
        // The runtime, deflated, and the readable bootstrap that decodes every block and runs it.
        boolean tiled = views.stream().anyMatch(v -> v.json().containsKey("tiles"));
        block(b, "hm-runtime", tiled ? RuntimeAssets.tiledDeflated() : RuntimeAssets.JS_DEFLATED, true);
        b.append("<script>\n").append(RuntimeAssets.BOOT).append("</script>\n</body>\n</html>\n");
        b.flush();
    }

    static final String BLOCK_TYPE = "application/octet-stream";

    /** The digits go to the byte stream under the writer (flushed first): they are ASCII, no encoding needed. */
    private static void block(Writer b, OutputStream out, String id, byte[] bytes, boolean deflated) throws IOException {
        b.append("<script type=\"" + BLOCK_TYPE + "\" id=\"").append(id).append('"')
                .append(deflated ? " data-encoding=\"deflate-raw\">" : ">");
        b.flush();
        Base85.encode(bytes, out);
        b.append("</script>\n");
    }

    private static void block(Writer b, String id, String base85, boolean deflated) throws IOException {
        b.append("<script type=\"" + BLOCK_TYPE + "\" id=\"").append(id).append('"')
                .append(deflated ? " data-encoding=\"deflate-raw\">" : ">").append(base85).append("</script>\n");
    }

    /** What the runtime reads: the scene size and, per view, its metadata and cell descriptor. */
    static String payload(Scene scene, List<ViewPayload.Built> views) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("version", 1);
        data.put("title", scene.title());
        data.put("width", scene.width());
        data.put("height", scene.height());
        List<Object> list = new ArrayList<>();
        for (ViewPayload.Built v : views) list.add(v.json());
        data.put("views", list);
        if (!scene.controls().isEmpty()) data.put("controls", scene.controls()); // embed12: bound parameters
        try {
            return SceneJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("page data serialization failed: " + e.getOriginalMessage(), e);
        }
    }
}
