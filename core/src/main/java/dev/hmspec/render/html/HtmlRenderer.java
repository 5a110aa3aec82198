package dev.hmspec.render.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.json.SceneJson;
import dev.hmspec.render.svg.SvgRenderer;
import dev.hmspec.render.svg.Xml;
import dev.hmspec.scene.Scene;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scene → one self-contained HTML page: inline SVG, inline CSS and runtime script, and the
 * view metadata as a JSON data block. Nothing is loaded from the network, so the file works
 * offline and from {@code file://}.
 */
public final class HtmlRenderer {
    private HtmlRenderer() {}

    static final String RUNTIME_JS = "/dev/hmspec/runtime/runtime.js";
    static final String RUNTIME_CSS = "/dev/hmspec/runtime/runtime.css";

    /** Read once per JVM: the build may render hundreds of pages. */
    private static final class Assets {
        static final String JS = resource(RUNTIME_JS);
        static final String CSS = resource(RUNTIME_CSS);
    }

    public static byte[] render(Scene scene, RenderOptions options) {
        return page(scene, options).getBytes(StandardCharsets.UTF_8);
    }

    public static String page(Scene scene, RenderOptions options) {
        String title = scene.title() == null ? "" : scene.title();
        StringBuilder b = new StringBuilder(8192);
        b.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"hmspec\">\n")
                .append("<title>").append(Xml.text(title)).append("</title>\n")
                .append("<style>\n").append(Assets.CSS).append("</style>\n</head>\n<body>\n")
                .append("<figure class=\"hm-figure\">\n")
                .append(SvgRenderer.renderInline(scene, options))
                .append("</figure>\n")
                .append("<div class=\"hm-tooltip\" data-hm-tooltip role=\"tooltip\" hidden></div>\n")
                .append("<script type=\"application/json\" id=\"hmspec-data\">")
                .append(ScriptJson.escape(payload(scene)))
                .append("</script>\n<script>\n").append(Assets.JS).append("</script>\n</body>\n</html>\n");
        return b.toString();
    }

    /** What the runtime reads: the scene size and the per-view metadata. */
    static String payload(Scene scene) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("version", 1);
        data.put("title", scene.title());
        data.put("width", scene.width());
        data.put("height", scene.height());
        data.put("views", scene.views());
        try {
            return SceneJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("page data serialization failed: " + e.getOriginalMessage(), e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path + " (broken build?)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
