package dev.hmspec.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.SvgDom;
import dev.hmspec.render.TestScenes;
import dev.hmspec.scene.ColorRamp;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Rect;
import dev.hmspec.scene.Scene;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgRendererTest {
    static final RenderOptions OPTS = RenderOptions.defaults();

    @Test
    void render_writes_a_standalone_svg_document_that_batik_parses_with_size_title_and_label() {
        Document d = SvgDom.parse(SvgRenderer.render(TestScenes.small(), OPTS));
        Element root = d.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("480", root.getAttribute("width"));
        assertEquals("300", root.getAttribute("height"));
        assertEquals("0 0 480 300", root.getAttribute("viewBox"));
        assertEquals("img", root.getAttribute("role"));
        assertEquals("Test heatmap", root.getAttribute("aria-label"));
        assertEquals(SvgRenderer.FONT_FAMILY, root.getAttribute("font-family"));
        assertEquals("Test heatmap", SvgDom.elements(d, "title").get(0).getTextContent());
        assertEquals("A 3 by 2 test grid", SvgDom.elements(d, "desc").get(0).getTextContent());
    }

    @Test
    void render_draws_groups_translated_with_their_role_as_class_and_data_attribute() {
        Document d = SvgDom.parse(SvgRenderer.render(TestScenes.small(), OPTS));
        Element plot = SvgDom.elements(d, "g").stream().filter(g -> "plot".equals(g.getAttribute("data-role"))).findFirst().orElseThrow();
        assertEquals("hm-plot", plot.getAttribute("class"));
        assertEquals("translate(80,50)", plot.getAttribute("transform"));
        assertTrue(plot.hasAttribute("data-hm-plot"), "the plot group is the runtime's plot area");
    }

    @Test
    void render_draws_a_small_grid_as_one_crisp_rect_per_present_cell_with_a_tooltip_title() {
        Document d = SvgDom.parse(SvgRenderer.render(TestScenes.small(), OPTS));
        List<Element> cells = SvgDom.elements(d, "rect").stream().filter(r -> r.hasAttribute("data-col")).toList();
        assertEquals(5, cells.size(), "the alpha-0 cell is skipped");
        Element second = cells.get(1);
        assertEquals("1", second.getAttribute("data-col"));
        assertEquals("0", second.getAttribute("data-row"));
        assertEquals("100", second.getAttribute("x"));
        assertEquals("#21918c", second.getAttribute("fill"));
        assertEquals("column: B\nrow: X\nr: 0.50", second.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        assertEquals("crispEdges", ((Element) second.getParentNode()).getAttribute("shape-rendering"));
        List<Element> labels = SvgDom.elements(d, "g").stream()
                .filter(g -> "cell-labels".equals(g.getAttribute("data-role"))).toList();
        assertEquals(5, labels.get(0).getElementsByTagNameNS("*", "text").getLength());
        Element label = (Element) labels.get(0).getElementsByTagNameNS("*", "text").item(0);
        assertEquals("50", label.getAttribute("x"));
        assertEquals("40", label.getAttribute("y"));
        assertEquals("0.32em", label.getAttribute("dy"));
        assertEquals("#ffffff", label.getAttribute("fill"));
    }

    @Test
    void render_draws_a_grid_larger_than_the_rect_limit_as_one_pixelated_image_without_labels() throws Exception {
        String svg = SvgRenderer.render(TestScenes.large(300, 300, 1), OPTS);
        Document d = SvgDom.parse(svg);
        assertTrue(SvgDom.elements(d, "rect").stream().noneMatch(r -> r.hasAttribute("data-col")));
        List<Element> images = SvgDom.elements(d, "image");
        assertEquals(1, images.size());
        Element img = images.get(0);
        assertEquals("none", img.getAttribute("preserveAspectRatio"));
        assertEquals("optimizeSpeed", img.getAttribute("image-rendering"));
        assertEquals("300", img.getAttribute("width"));
        String href = img.getAttributeNS("http://www.w3.org/1999/xlink", "href");
        assertTrue(href.startsWith("data:image/png;base64,"));
        BufferedImage raster = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(href.substring("data:image/png;base64,".length()))));
        assertEquals(300, raster.getWidth(), "one pixel per cell");
        assertEquals(TestScenes.largeColor(123, 45), raster.getRGB(123, 45));
    }

    @Test
    void render_switches_to_an_image_exactly_above_maxCellRects() {
        String at = SvgRenderer.render(TestScenes.large(100, 200, 1), OPTS);
        String above = SvgRenderer.render(TestScenes.large(100, 201, 1), OPTS);
        assertFalse(at.contains("<image"));
        assertTrue(above.contains("<image"));
    }

    @Test
    void render_keeps_a_hostile_label_as_text_without_creating_elements() {
        String hostile = "</text><script>alert(1)</script>";
        Document d = SvgDom.parse(SvgRenderer.render(TestScenes.small(hostile), OPTS));
        assertTrue(SvgDom.elements(d, "script").isEmpty());
        Element label = (Element) SvgDom.elements(d, "g").stream()
                .filter(g -> "cell-labels".equals(g.getAttribute("data-role"))).findFirst().orElseThrow()
                .getElementsByTagNameNS("*", "text").item(0);
        assertEquals(hostile, label.getTextContent());
        Element cell = SvgDom.elements(d, "rect").stream().filter(r -> r.hasAttribute("data-col")).findFirst().orElseThrow();
        assertEquals(hostile, cell.getElementsByTagNameNS("*", "title").item(0).getTextContent());
    }

    @Test
    void render_escapes_quotes_in_attributes_and_drops_control_characters_but_keeps_unicode() {
        String name = "a\"b' <&> \u0001µ😀";
        Scene s = new Scene(10, 10, 0, name, name, List.of(new Rect(0, 0, 1, 1, 0xFF000000, 0, 0, name)), List.of());
        Document d = SvgDom.parse(SvgRenderer.render(s, OPTS));
        assertEquals("a\"b' <&> µ😀", d.getDocumentElement().getAttribute("aria-label"));
        Element rect = SvgDom.elements(d, "rect").get(0);
        assertEquals("a\"b' <&> µ😀", rect.getAttribute("data-role"));
        assertEquals("hm-a-b-", rect.getAttribute("class").substring(0, 7));
    }

    @Test
    void render_writes_translucent_colors_as_hex_plus_opacity_and_transparent_fills_as_none() {
        Scene s = new Scene(10, 10, 0, "t", "", List.of(new Rect(0, 0, 5, 5, 0x80112233, 0xFF000000, 0.5, "r"),
                new Rect(0, 0, 5, 5, 0x00FFFFFF, 0, 0, "r")), List.of());
        String svg = SvgRenderer.render(s, OPTS);
        assertTrue(svg.contains("fill=\"#112233\" fill-opacity=\"0.502\" stroke=\"#000000\" stroke-width=\"0.5\""), svg);
        assertTrue(svg.contains("fill=\"none\""));
        assertFalse(svg.contains("rgba("));
        assertFalse(svg.contains("hm-background"), "a transparent background draws nothing");
    }

    @Test
    void render_positions_text_with_anchor_dy_offsets_and_rotation_about_its_point() {
        String svg = SvgRenderer.render(TestScenes.small(), OPTS);
        assertTrue(svg.contains("<text x=\"-40\" y=\"80\" class=\"hm-axis-title\" data-role=\"axis-title\" "
                + "transform=\"rotate(-90,-40,80)\" font-size=\"13\" font-weight=\"bold\" text-anchor=\"middle\" dy=\"-0.24em\""), svg);
        assertTrue(svg.contains("text-anchor=\"end\" dy=\"0.32em\""));
        assertTrue(svg.contains("dy=\"0.71em\""));
    }

    @Test
    void render_gives_each_color_ramp_its_own_gradient_id_and_runs_vertical_ramps_bottom_to_top() {
        ColorRamp ramp = new ColorRamp(0, 0, 10, 100, List.of(new ColorRamp.Stop(0, 0xFF000000),
                new ColorRamp.Stop(1, 0x80FFFFFF)), true, "ramp");
        Scene s = new Scene(50, 100, 0xFFFFFFFF, "t", "", List.<Node>of(ramp, ramp), List.of());
        Document d = SvgDom.parse(SvgRenderer.render(s, OPTS));
        List<Element> gradients = SvgDom.elements(d, "linearGradient");
        assertEquals(List.of("hm-ramp-0", "hm-ramp-1"), gradients.stream().map(g -> g.getAttribute("id")).toList());
        assertEquals("1", gradients.get(0).getAttribute("y1"));
        assertEquals("0", gradients.get(0).getAttribute("y2"));
        List<Element> stops = SvgDom.elements(d, "stop");
        assertEquals("0.502", stops.get(1).getAttribute("stop-opacity"));
        String svg = SvgRenderer.render(s, OPTS);
        Matcher m = Pattern.compile("fill=\"url\\(#(hm-ramp-\\d)\\)\"").matcher(svg);
        assertTrue(m.find());
        assertEquals("hm-ramp-0", m.group(1));
    }

    @Test
    void renderInline_writes_no_namespace_urls_and_a_plain_href() {
        String svg = SvgRenderer.renderInline(TestScenes.large(300, 300, 1), OPTS);
        assertFalse(svg.contains("http"));
        assertFalse(svg.startsWith("<?xml"));
        assertTrue(svg.contains(" href=\"data:image/png;base64,"));
    }
}
