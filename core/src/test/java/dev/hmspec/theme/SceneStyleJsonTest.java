package dev.hmspec.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hmspec.scene.Scene;
import dev.hmspec.render.json.SceneJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scene JSON carries the resolved style and the bound controls (embed12b); light scenes read as before. */
class SceneStyleJsonTest {
    static JsonNode json(Scene s) throws Exception { return SceneJson.mapper().readTree(SceneJson.write(s)); }

    @Test
    void a_light_scene_without_controls_has_neither_key() throws Exception {
        JsonNode n = json(ThemeTest.scene(ThemeTest.spec("")));
        assertFalse(n.has("style"));
        assertFalse(n.has("controls"));
    }

    @Test
    void a_themed_scene_carries_its_colors_font_and_sizes_and_reads_back_equal() throws Exception {
        Scene dark = ThemeTest.scene(ThemeTest.spec("  theme dark"));
        JsonNode style = json(dark).get("style");
        assertEquals("dark", style.get("name").asText());
        assertEquals("#17181c", style.get("background").asText());
        assertEquals("#ececec", style.get("text").asText());
        assertEquals(16, style.get("sizes").get("titleSize").asDouble());
        assertEquals(dark.style(), SceneJson.read(SceneJson.write(dark)).style());
        Scene auto = ThemeTest.scene(ThemeTest.spec("  theme auto"));
        assertEquals("#17181c", json(auto).get("style").get("dark").get("background").asText(), "auto names the style it switches to");
        assertEquals(auto.style(), SceneJson.read(SceneJson.write(auto)).style());
    }

    @Test
    void a_theme_files_sizes_are_the_ones_the_layout_used(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("big.theme"), "{\"titleSize\": 24, \"margin\": 30}");
        Path spec = dir.resolve("s.hmspec");
        Files.writeString(spec, ThemeTest.spec("  theme \"big.theme\""));
        Scene s = dev.hmspec.Hmspec.compile(spec, dev.hmspec.CompileOptions.defaults()).scene().orElseThrow();
        JsonNode sizes = json(s).get("style").get("sizes");
        assertEquals(24, sizes.get("titleSize").asDouble());
        assertEquals(30, sizes.get("margin").asDouble());
        assertEquals(11, sizes.get("labelSize").asDouble());
    }

    @Test
    void bound_parameters_are_listed_as_controls_and_read_back_equal() throws Exception {
        Scene s = ThemeTest.scene(ThemeTest.spec("  param min = 4 bind range 0, 8, 1\n  filter v >= $min"));
        JsonNode c = json(s).get("controls");
        assertEquals(1, c.size());
        assertEquals("min", c.get(0).get("param").asText());
        assertEquals("range", c.get(0).get("kind").asText());
        assertEquals("filter", c.get(0).get("effect").asText());
        assertEquals(List.of(0, 8, 1), List.of(c.get(0).get("args").get(0).asInt(), c.get(0).get("args").get(1).asInt(),
                c.get(0).get("args").get(2).asInt()));
        Scene back = SceneJson.read(SceneJson.write(s));
        assertEquals(s.controls().size(), back.controls().size());
        assertEquals(SceneJson.write(s), SceneJson.write(back), "the controls survive a round trip");
        assertTrue(json(s).has("controls"));
    }
}
