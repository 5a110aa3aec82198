package dev.hmspec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.render.Format;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.Renderers;
import dev.hmspec.scene.Scene;
import dev.hmspec.source.SourceFile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.util.XMLResourceDescriptor;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Strings from data and spec end up as text in SVG and HTML, never as markup or script. */
class HostileStringsTest {
    static final String TEXT_BREAKOUT = "</text><script>alert(1)</script>";
    static final String SCRIPT_BREAKOUT = "</script><img src=x onerror=alert(1)>";

    static Scene scene() {
        String spec = """
                heatmap "</title><script>alert(2)</script>" {
                  subtitle "<b>bold?</b> & more"
                  data values [
                    {"a": "%s", "b": "%s", "v": 1},
                    {"a": "plain", "b": "%s", "v": 2}
                  ]
                  x a { title "<svg onload=alert(3)>" }
                  y b
                  color v { legend "\\"quoted\\" & <angled>" }
                  text a
                }
                """.formatted(TEXT_BREAKOUT.replace("\"", "\\\""), SCRIPT_BREAKOUT.replace("\"", "\\\""), "x");
        Compiled c = Hmspec.compile(SourceFile.of("hostile.hmspec", spec), CompileOptions.defaults());
        assertFalse(c.hasErrors(), () -> c.diagnostics().toString());
        return c.scene().orElseThrow();
    }

    @Test
    void svgShowsHostileLabelsAsTextAndHasNoScriptElement() throws Exception {
        String svg = new String(Renderers.render(scene(), Format.SVG, RenderOptions.defaults()), StandardCharsets.UTF_8);
        assertFalse(svg.contains("<script"), "no script element");
        assertFalse(svg.contains("<img"), "no img element");
        assertFalse(svg.contains("<svg onload"), "no injected svg element");
        Document doc = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName())
                .createDocument("file:/hostile.svg", new StringReader(svg));
        assertEquals(0, doc.getElementsByTagName("script").getLength());
        assertTrue(doc.getDocumentElement().getTextContent().contains(TEXT_BREAKOUT), "the label reads as the original text");
    }

    @Test
    void htmlKeepsHostileDataInertInMarkupAndInTheJsonBlock() {
        String html = new String(Renderers.render(scene(), Format.HTML, RenderOptions.defaults()), StandardCharsets.UTF_8);
        assertFalse(html.contains(SCRIPT_BREAKOUT), "the breakout never appears raw");
        assertFalse(html.contains("<script>alert"), "no injected script");
        assertFalse(html.contains("<img"), "no injected img");
        assertTrue(html.contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"), "shown escaped as text");
    }
}
