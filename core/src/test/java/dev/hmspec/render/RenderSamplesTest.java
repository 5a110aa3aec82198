package dev.hmspec.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Writes the test scene in every format to target/render-samples for a human to look at. */
class RenderSamplesTest {
    @Test
    void render_writes_the_sample_scene_in_every_format_for_review() throws IOException {
        Path dir = Path.of("target", "render-samples");
        for (Format f : Format.values()) {
            Path file = dir.resolve(f.fileName("sample"));
            OutputWriter.writeAtomically(file, out -> Renderers.render(TestScenes.small(), f, RenderOptions.defaults(), out));
            assertTrue(Files.size(file) > 100, file + " is not empty");
        }
        OutputWriter.writeAtomically(dir.resolve("large.png"),
                Renderers.render(TestScenes.large(300, 300, 1), Format.PNG, RenderOptions.defaults()));
    }
}
