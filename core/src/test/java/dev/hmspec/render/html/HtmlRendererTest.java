package dev.hmspec.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.TestScenes;
import dev.hmspec.scene.Scene;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    static final String DATA_OPEN = "<script type=\"application/json\" id=\"hmspec-data\">";

    static String page(Scene s) { return HtmlRenderer.page(s, RenderOptions.defaults()); }

    static JsonNode data(String page) throws Exception {
        int start = page.indexOf(DATA_OPEN) + DATA_OPEN.length();
        return new ObjectMapper().readTree(page.substring(start, page.indexOf("</script>", start)));
    }

    /** The runtime as the page carries it: the hm-runtime block, decoded and inflated. */
    static String runtime(String page) {
        return new String(block(page, "hm-runtime"), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A binary block's bytes as the bootstrap sees them: base-85 decoded, inflated when marked deflated. */
    static byte[] block(String page, String id) {
        Matcher m = Pattern.compile("<script type=\"application/octet-stream\" id=\"" + id + "\"( data-encoding=\"deflate-raw\")?>([^<]*)</script>").matcher(page);
        assertTrue(m.find(), "block " + id);
        byte[] bytes = Base85.decode(m.group(2));
        return m.group(1) == null ? bytes : inflate(bytes);
    }

    static byte[] inflate(byte[] z) {
        Inflater inf = new Inflater(true);
        inf.setInput(z);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        try {
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && inf.needsInput()) throw new AssertionError("truncated deflate stream");
                out.write(buf, 0, n);
            }
        } catch (DataFormatException e) {
            throw new AssertionError(e);
        } finally {
            inf.end();
        }
        return out.toByteArray();
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
            String code = p.substring(p.indexOf("<script>\n")) + runtime(page(s)).toLowerCase(Locale.ROOT);
            for (String api : List.of("fetch(", "xmlhttprequest", "websocket", "eventsource", "sendbeacon", "import("))
                assertFalse(code.contains(api), "neither the bootstrap nor the runtime calls " + api);
        }
    }

    @Test
    void page_marks_the_plot_area_and_tooltip_and_includes_a_runtime_that_signals_ready() {
        String p = page(TestScenes.small());
        assertEquals(1, count(p, "data-hm-plot=\"\""), "one plot area");
        assertTrue(p.contains("data-hm-tooltip"));
        String runtime = runtime(p);
        assertTrue(runtime.contains("window.__hmReady = true"));
        assertTrue(runtime.contains("textContent"));
        assertFalse(p.contains("innerHTML") || runtime.contains("innerHTML"), "tooltip text must never be parsed as markup");
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
        assertEquals(4, count(p, "</script>"), "only the page's own four script elements close (data, cells, runtime, bootstrap)");
        assertTrue(p.contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"), "SVG text is entity-escaped");
        assertEquals(hostile, data(p).get("views").get(0).get("title").asText());
    }

    @Test
    void page_carries_the_runtime_deflated_beside_a_readable_bootstrap_and_nothing_else_runs() {
        for (Scene s : List.of(TestScenes.small(), TestScenes.large(300, 300, 1))) {
            String p = page(s);
            assertEquals(RuntimeAssets.JS, runtime(p), "the runtime inflates to exactly the assembled modules");
            assertTrue(p.contains("<script type=\"application/octet-stream\" id=\"hm-runtime\" data-encoding=\"deflate-raw\">"));
            assertTrue(p.contains("<script>\n" + RuntimeAssets.BOOT + "</script>"), "the bootstrap is shipped as written (compacted)");
            assertTrue(RuntimeAssets.BOOT.contains("new DecompressionStream(\"deflate-raw\")"));
            assertTrue(RuntimeAssets.BOOT.contains('"' + Base85.DIGITS + '"'), "boot.js decodes with Base85's digits");
            // the only executable script elements: the bootstrap (the rest are data blocks)
            Matcher m = Pattern.compile("<script([^>]*)>").matcher(p);
            int plain = 0;
            while (m.find()) {
                String attrs = m.group(1);
                if (attrs.isEmpty()) plain++;
                else assertTrue(attrs.startsWith(" type=\"application/json\"") || attrs.startsWith(" type=\"application/octet-stream\""), attrs);
            }
            assertEquals(1, plain);
            assertTrue(RuntimeAssets.JS_DEFLATED.length() < RuntimeAssets.JS.length() / 2, "deflating pays");
        }
    }

    @Test
    void base85_round_trips_every_length_and_never_writes_markup_characters() {
        java.util.Random r = new java.util.Random(7);
        for (int n = 0; n < 300; n++) {
            byte[] b = new byte[n];
            r.nextBytes(b);
            if (n % 3 == 0) java.util.Arrays.fill(b, (byte) (n % 2 == 0 ? 0 : -1));
            String t = Base85.encode(b);
            assertEquals(n / 4 * 5 + (n % 4 == 0 ? 0 : n % 4 + 1), t.length());
            assertTrue(t.chars().allMatch(c -> Base85.DIGITS.indexOf(c) >= 0));
            assertEquals(java.util.HexFormat.of().formatHex(b), java.util.HexFormat.of().formatHex(Base85.decode(t)));
        }
        assertEquals(85, Base85.DIGITS.chars().distinct().count());
        for (char c : "<>&\"'\\`-/ ".toCharArray()) assertFalse(Base85.DIGITS.indexOf(c) >= 0, "no " + c);
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
