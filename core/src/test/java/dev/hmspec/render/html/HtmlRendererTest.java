package dev.hmspec.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.TestScenes;
import dev.hmspec.scene.Scene;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    static final String DATA_OPEN = "<script type=\"application/json\" id=\"hmspec-data\">";

    static String page(Scene s) { return HtmlRenderer.page(s, RenderOptions.defaults()); }

    static JsonNode data(String page) throws Exception {
        int start = page.indexOf(DATA_OPEN) + DATA_OPEN.length();
        return new ObjectMapper().readTree(page.substring(start, page.indexOf("</script>", start)));
    }

    @Test
    void page_is_one_self_contained_document_with_charset_viewport_and_title() {
        String p = page(TestScenes.small());
        assertTrue(p.startsWith("<!doctype html>\n"));
        assertTrue(p.contains("<meta charset=\"utf-8\">"));
        assertTrue(p.contains("<meta name=\"viewport\""));
        assertTrue(p.contains("<title>Test heatmap</title>"));
        assertTrue(p.contains("<style>"));
        assertTrue(p.contains("<svg version=\"1.1\""));
    }

    @Test
    void page_loads_nothing_from_the_network() {
        for (Scene s : List.of(TestScenes.small(), TestScenes.large(300, 300, 1))) {
            String p = page(s).toLowerCase(Locale.ROOT);
            assertFalse(p.contains("http:") || p.contains("https:") || p.contains("ftp:"), "no network URLs");
            assertFalse(p.contains("<link") || p.contains("@import"));
            // every reference is in-document: a data URI or a fragment
            assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(?!data:|#)").matcher(p).find(), "no external references");
            String markup = p.replaceAll("(?s)<script>.*?</script>", "");
            assertFalse(Pattern.compile("url\\((?!#)").matcher(markup).find(), "no external CSS urls");
            String runtime = p.substring(p.indexOf("<script>\n"));
            for (String api : List.of("fetch(", "xmlhttprequest", "websocket", "eventsource", "sendbeacon", "import("))
                assertFalse(runtime.contains(api), "the runtime never calls " + api);
        }
    }

    @Test
    void page_marks_the_plot_area_and_tooltip_and_includes_a_runtime_that_signals_ready() {
        String p = page(TestScenes.small());
        assertEquals(1, count(p, "data-hm-plot=\"\""), "one plot area");
        assertTrue(p.contains("data-hm-tooltip"));
        assertTrue(p.contains("window.__hmReady = true"));
        assertTrue(p.contains("textContent"));
        assertFalse(p.contains("innerHTML"), "tooltip text must never be parsed as markup");
    }

    @Test
    void page_embeds_the_view_metadata_as_parseable_json() throws Exception {
        JsonNode d = data(page(TestScenes.small()));
        assertEquals(1, d.get("version").asInt());
        assertEquals(480, d.get("width").asInt());
        JsonNode view = d.get("views").get(0);
        assertEquals("view-0", view.get("id").asText());
        assertEquals(80, view.get("plot").get(0).asInt());
        assertEquals(3, view.get("columns").asInt());
        assertEquals("hm-cells-1", view.get("cells").get("blob").asText());
        assertEquals("tooltip", view.get("interactions").get(0).get("name").asText());
    }

    @Test
    void page_keeps_a_hostile_string_from_the_data_escaped_everywhere() throws Exception {
        String hostile = "</script><img src=x onerror=alert(1)>";
        String p = page(TestScenes.small(hostile));
        assertFalse(p.contains("</script><img"));
        assertFalse(p.contains("<img"));
        assertFalse(p.contains("<!--"));
        assertEquals(3, count(p, "</script>"), "only the page's own three script elements close (data, cells, runtime)");
        assertTrue(p.contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"), "SVG text is entity-escaped");
        assertEquals(hostile, data(p).get("views").get(0).get("title").asText());
    }

    @Test
    void escape_replaces_characters_that_could_end_a_script_element_or_a_javascript_line() {
        assertEquals("\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029\"",
                ScriptJson.escape("\"</script><!-- & \u2028\u2029\""));
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }
}
