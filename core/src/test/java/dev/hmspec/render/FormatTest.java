package dev.hmspec.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void parseList_reads_comma_separated_names_in_order_ignoring_case_spaces_and_repeats() {
        assertEquals(List.of(Format.HTML, Format.SVG), Format.parseList("html,svg"));
        assertEquals(List.of(Format.PNG, Format.JSON), Format.parseList(" PNG , json,png"));
    }

    @Test
    void parse_of_an_unknown_name_lists_the_valid_ones_and_suggests_the_closest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.parse("svgg"));
        assertEquals("unknown output format \"svgg\": did you mean \"svg\"? (expected one of html, svg, png, json, fragment)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Format.parse("pdf"));
        assertEquals("unknown output format \"pdf\" (expected one of html, svg, png, json, fragment)", e.getMessage());
    }

    @Test
    void parseList_rejects_empty_entries() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.parseList("html,,svg"));
        assertEquals("empty output format in \"html,,svg\": expected a comma-separated list like \"html,svg\"", e.getMessage());
    }

    @Test
    void fileName_appends_the_extension_and_scene_json_keeps_its_double_suffix() {
        assertEquals("iris.html", Format.HTML.fileName("iris"));
        assertEquals("iris.scene.json", Format.JSON.fileName("iris"));
        assertEquals("image/png", Format.PNG.mediaType());
    }
}
