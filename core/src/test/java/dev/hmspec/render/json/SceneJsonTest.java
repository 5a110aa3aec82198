package dev.hmspec.render.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hmspec.render.TestScenes;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Scene;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SceneJsonTest {
    static JsonNode tree(Scene s) throws Exception { return new ObjectMapper().readTree(SceneJson.write(s)); }

    @Test
    void write_names_node_types_and_keeps_the_records_field_order() throws Exception {
        JsonNode root = tree(TestScenes.small());
        assertEquals(List.of("width", "height", "background", "title", "description", "nodes", "views"), names(root));
        assertEquals("text", root.get("nodes").get(0).get("type").asText());
        JsonNode view = root.get("nodes").get(1);
        assertEquals("group", view.get("type").asText());
        JsonNode grid = view.get("children").get(0).get("children").get(0);
        assertEquals("cellGrid", grid.get("type").asText());
        assertEquals("x", names(grid).get(1));
        assertEquals("colorRamp", view.get("children").get(3).get("children").get(1).get("type").asText());
    }

    @Test
    void write_spells_colors_as_hex_strings_with_alpha_only_when_translucent() throws Exception {
        JsonNode root = tree(TestScenes.small());
        assertEquals("#ffffff", root.get("background").asText());
        JsonNode grid = root.get("nodes").get(1).get("children").get(0).get("children").get(0);
        assertEquals("#440154", grid.get("colors").get(0).asText());
        assertEquals("#00000000", grid.get("colors").get(5).asText());
        JsonNode border = root.get("nodes").get(1).get("children").get(3).get("children").get(2);
        assertEquals("#00000080", border.get("stroke").asText());
    }

    @Test
    void write_turns_nan_values_into_null() throws Exception {
        JsonNode grid = tree(TestScenes.small()).get("nodes").get(1).get("children").get(0).get("children").get(0);
        assertTrue(grid.get("values").get(5).isNull());
        assertEquals(0.12, grid.get("values").get(0).asDouble());
        assertTrue(grid.get("labels").get(5).isNull());
    }

    @Test
    void read_of_write_gives_back_an_equivalent_scene() {
        Scene s = TestScenes.small();
        String json = SceneJson.write(s);
        Scene back = SceneJson.read(json);
        assertEquals(json, SceneJson.write(back));
        CellGrid grid = (CellGrid) ((Group) ((Group) back.nodes().get(1)).children().get(0)).children().get(0);
        assertTrue(Double.isNaN(grid.values()[5]));
        assertEquals(0x00000000, grid.colors()[5]);
        assertEquals(TestScenes.SMALL_COLORS[0], grid.colors()[0]);
        assertEquals(s.views(), back.views());
    }

    static List<String> names(JsonNode n) {
        List<String> l = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) l.add(it.next());
        return l;
    }
}
