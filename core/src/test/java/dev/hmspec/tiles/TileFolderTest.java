package dev.hmspec.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TileFolderTest {
    @TempDir Path dir;

    static Path tileSet(Path root, String content) throws IOException {
        Path f = TileWriter.path(root, 0, 0, 0);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
        return root;
    }

    @Test
    void besidePage_names_the_folder_after_the_page() {
        assertEquals(dir.resolve("chart.tiles"), TileFolder.besidePage(dir.resolve("chart.html")));
    }

    @Test
    void place_replaces_the_old_folder_whole_and_leaves_no_temporary_folder() throws IOException {
        Path page = dir.resolve("out/chart.html"), folder = TileFolder.besidePage(page);
        TileFolder.place(folder, Map.of("t1", tileSet(dir.resolve("spill1"), "old")));
        Files.writeString(folder.resolve("t1/stale.js"), "from an earlier run");
        TileFolder.place(folder, Map.of("t1", tileSet(dir.resolve("spill2"), "new")));
        assertEquals("new", Files.readString(TileWriter.path(folder.resolve("t1"), 0, 0, 0)));
        assertFalse(Files.exists(folder.resolve("t1/stale.js")), "nothing of the earlier run stays");
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            assertEquals(List.of("chart.tiles"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void a_second_page_of_the_same_scene_copies_the_tiles_the_first_one_moved() throws IOException {
        Path spill = tileSet(dir.resolve("spill"), "tiles");
        TileFolder.place(dir.resolve("a.tiles"), Map.of("t2", spill));
        TileFolder.place(dir.resolve("b.tiles"), Map.of("t2", spill));
        assertEquals("tiles", Files.readString(TileWriter.path(dir.resolve("b.tiles/t2"), 0, 0, 0)));
        assertTrue(Files.exists(TileWriter.path(dir.resolve("a.tiles/t2"), 0, 0, 0)));
    }

    @Test
    void a_page_without_tiled_grids_removes_an_old_tiles_folder() throws IOException {
        Path folder = dir.resolve("chart.tiles");
        TileFolder.place(folder, Map.of("t3", tileSet(dir.resolve("spill"), "x")));
        TileFolder.place(folder, Map.of());
        assertFalse(Files.exists(folder));
    }
}
