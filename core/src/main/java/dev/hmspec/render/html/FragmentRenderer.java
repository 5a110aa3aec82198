package dev.hmspec.render.html;

import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.svg.SvgRenderer;
import dev.hmspec.scene.Scene;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Scene → an HTML fragment to drop into any page: one {@code <div id="…">} holding the scoped
 * styles, the controls, the drawing, the tooltip, the data blocks and a small bootstrap. No
 * {@code <html>}, no global ids: the fragment's id (from the title, or chosen by the caller)
 * prefixes the SVG's own ids and scopes its theme, blocks are found inside the element, and the
 * runtime, carried by every fragment so each works alone, runs once per page (fragment-boot.js).
 * The views appear in {@code window.hmspec.views["<fragment id>/view-1"]} (docs/embedding.md).
 */
public final class FragmentRenderer {
    private FragmentRenderer() {}

    /** The fragment, with its id derived from the scene's title. */
    public static byte[] render(Scene scene, RenderOptions options) { return render(scene, options, idFor(scene.title()), true); }

    /**
     * The fragment with element id {@code id} (letters, digits, '-' and '_'); {@code withRuntime}
     * false leaves the runtime out for pages that include {@link #runtime()} once themselves.
     */
    public static byte[] render(Scene scene, RenderOptions options, String id, boolean withRuntime) {
        if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) throw new IllegalArgumentException("fragment id must match [A-Za-z][A-Za-z0-9_-]*: " + id);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (Writer b = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            write(scene, options, id, withRuntime, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The runtime block alone, to include once in a page of fragments rendered without it. */
    public static String runtime() {
        return "<script type=\"" + HtmlRenderer.BLOCK_TYPE + "\" data-hm-runtime data-encoding=\"deflate-raw\">"
                + RuntimeAssets.JS_DEFLATED + "</script>\n";
    }

    private static void write(Scene scene, RenderOptions options, String id, boolean withRuntime, Writer b) throws IOException {
        List<ViewPayload.Built> views = ViewPayload.build(scene, options);
        boolean auto = views.stream().anyMatch(ViewPayload.Built::autoSize);
        b.append("<div class=\"hm-fragment\" id=\"").append(id).append("\">\n<style>\n").append(scopedPageCss())
                .append(PageTheme.css(scene.style(), "#" + id, false)).append("</style>\n")
                .append(ControlsHtml.form(scene.controls()))
                .append("<figure class=\"hm-figure").append(auto ? " hm-auto" : "").append("\">\n")
                .append(prefixIds(SvgRenderer.renderInlineForCanvas(scene, options), id))
                .append("</figure>\n<div class=\"hm-tooltip\" data-hm-tooltip role=\"tooltip\" hidden></div>\n")
                .append("<script type=\"application/json\" data-hm-data>")
                .append(ScriptJson.escape(HtmlRenderer.payload(scene, views))).append("</script>\n");
        for (ViewPayload.Built v : views) {
            if (v.cells() == null) continue;
            b.append("<script type=\"" + HtmlRenderer.BLOCK_TYPE + "\" data-hm-blob=\"").append(v.blobId()).append('"')
                    .append(v.cells().deflated() ? " data-encoding=\"deflate-raw\">" : ">");
            Base85.encode(v.cells().bytes(), b);
            b.append("</script>\n");
        }
        if (withRuntime) b.append(runtime());
        b.append("<script>\n").append(RuntimeAssets.FRAGMENT_BOOT).append("</script>\n</div>\n");
    }

    /** The page stylesheet without its html and body rules, which belong to the host page. */
    static String scopedPageCss() {
        StringBuilder b = new StringBuilder();
        for (String line : RuntimeAssets.CSS.split("\n")) {
            if (line.startsWith("html") || line.startsWith("body")) continue;
            b.append(line).append('\n');
        }
        return b.toString();
    }

    /** The drawing's own ids ({@code hm-ramp-0}) made unique per fragment. */
    static String prefixIds(String svg, String id) {
        return svg.replace("id=\"hm-", "id=\"" + id + "-").replace("url(#hm-", "url(#" + id + "-");
    }

    /** {@code hm-} + the title as lower-case words joined by '-' ("Delays in 2024" → hm-delays-in-2024). */
    public static String idFor(String title) {
        String slug = (title == null ? "" : title).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 48) slug = slug.substring(0, 48).replaceAll("-+$", "");
        return "hm-" + (slug.isEmpty() ? "chart" : slug);
    }
}
