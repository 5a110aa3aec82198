package dev.hmspec.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RenderersTest {
    static String head(byte[] b) { return new String(b, 0, Math.min(60, b.length), StandardCharsets.UTF_8); }

    @Test
    void render_produces_each_formats_own_kind_of_bytes() {
        RenderOptions o = RenderOptions.defaults();
        assertTrue(head(Renderers.render(TestScenes.small(), Format.HTML, o)).startsWith("<!doctype html>"));
        assertTrue(head(Renderers.render(TestScenes.small(), Format.SVG, o)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"));
        assertTrue(head(Renderers.render(TestScenes.small(), Format.JSON, o)).startsWith("{"));
        byte[] png = Renderers.render(TestScenes.small(), Format.PNG, o);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
    }

    @Test
    void render_to_a_stream_writes_the_same_bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderers.render(TestScenes.small(), Format.SVG, RenderOptions.defaults(), out);
        assertArrayEquals(Renderers.render(TestScenes.small(), Format.SVG, RenderOptions.defaults()), out.toByteArray());
    }

    @Test
    void options_reject_non_positive_or_infinite_png_scales() {
        assertThrows(IllegalArgumentException.class, () -> RenderOptions.defaults().withPngScale(0));
        assertThrows(IllegalArgumentException.class, () -> RenderOptions.defaults().withPngScale(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> RenderOptions.defaults().withPngScale(Double.POSITIVE_INFINITY));
    }
}
