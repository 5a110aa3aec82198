package dev.hmspec.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.DiagnosticPrinter;
import dev.hmspec.render.Format;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.Renderers;
import dev.hmspec.scene.ColorRamp;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.Sizes;
import dev.hmspec.scene.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Theme file keys for sizes and spacing (embed12b): the layout uses them; light stays byte for byte. */
class ThemeSizesTest {
    static Compiled compile(Path dir, String theme) throws Exception {
        Files.writeString(dir.resolve("sizes.theme"), theme);
        Path spec = dir.resolve("s.hmspec");
        Files.writeString(spec, ThemeTest.spec("  theme \"sizes.theme\""));
        return Hmspec.compile(spec, CompileOptions.defaults());
    }

    static Scene scene(Path dir, String theme) throws Exception {
        Compiled c = compile(dir, theme);
        assertEquals(List.of(), c.diagnostics());
        return c.scene().orElseThrow();
    }

    static List<Text> texts(Scene s, String role) {
        return ThemeTest.nodes(s).stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(t -> role.equals(t.role())).toList();
    }

    static ColorRamp ramp(Scene s) {
        return ThemeTest.nodes(s).stream().filter(ColorRamp.class::isInstance).map(ColorRamp.class::cast).findFirst().orElseThrow();
    }

    @Test
    void size_keys_set_font_sizes_the_legend_ramp_and_the_margin_and_the_layout_makes_room(@TempDir Path dir) throws Exception {
        Scene plain = ThemeTest.scene(ThemeTest.spec(""));
        Scene big = scene(dir, "{\"titleSize\": 28, \"labelSize\": 15, \"legendWidth\": 30, \"legendHeight\": 120, \"margin\": 40}");
        assertEquals(28, texts(big, "title").get(0).fontSize());
        assertEquals(Sizes.DEFAULT.titleSize(), texts(plain, "title").get(0).fontSize());
        assertEquals(30, ramp(big).width());
        assertEquals(Sizes.DEFAULT.legendWidth(), ramp(plain).width());
        assertTrue(ramp(big).height() <= 120, "the ramp is at most legendHeight: " + ramp(big).height());
        Node label = ThemeTest.nodes(big).stream().filter(n -> n instanceof Text t && t.fontSize() == 15).findFirst().orElse(null);
        assertTrue(label != null, "axis labels take labelSize");
        // The measure pass makes room: the title's larger line and the wider margin push the plot down and right.
        assertTrue(big.width() > plain.width() + 40, big.width() + " vs " + plain.width());
        assertTrue(big.height() > plain.height() + 40, big.height() + " vs " + plain.height());
        assertEquals(40, texts(big, "title").get(0).x(), 1e-9, "the title starts at the margin");
    }

    @Test
    void a_theme_file_with_no_size_keys_or_the_default_sizes_lays_out_exactly_as_light(@TempDir Path dir) throws Exception {
        Scene light = ThemeTest.scene(ThemeTest.spec(""));
        byte[] svg = Renderers.render(light, Format.SVG, RenderOptions.defaults());
        assertArrayEquals(svg, Renderers.render(scene(dir, "{}"), Format.SVG, RenderOptions.defaults()));
        String defaults = "{\"titleSize\": 16, \"subtitleSize\": 12, \"labelSize\": 11, \"axisTitleSize\": 12, \"noteSize\": 10,"
                + " \"margin\": 12, \"tickSize\": 4, \"labelGap\": 3, \"legendGap\": 18, \"legendWidth\": 14,"
                + " \"legendHeight\": 240, \"viewGap\": 24}";
        assertArrayEquals(svg, Renderers.render(scene(dir, defaults), Format.SVG, RenderOptions.defaults()),
                "every key at its default reproduces the light layout");
    }

    @Test
    void a_size_must_be_a_number_of_pixels_in_range_and_unknown_keys_keep_their_did_you_mean(@TempDir Path dir) throws Exception {
        List<Diagnostic> d = compile(dir, "{\n  \"labelSize\": \"14px\",\n  \"titleSize\": 500,\n  \"legendWidht\": 20\n}\n").diagnostics();
        assertEquals(List.of("HM535", "HM536", "HM502"), d.stream().map(Diagnostic::code).toList());
        String first = DiagnosticPrinter.print(d.get(0));
        assertTrue(first.contains("sizes.theme:2:16"), first);
        assertTrue(first.contains("no quotes, no \"px\""), first);
        assertTrue(d.get(1).message().contains("from 6 to 72 pixels, not 500"), d.get(1).message());
        assertTrue(d.get(2).help().orElseThrow().startsWith("did you mean \"legendWidth\""), d.get(2).help().orElseThrow());
    }

    @Test
    void sizes_of_one_compile_never_leak_into_another_on_the_same_thread(@TempDir Path dir) throws Exception {
        scene(dir, "{\"titleSize\": 30}");
        assertEquals(Sizes.DEFAULT.titleSize(), texts(ThemeTest.scene(ThemeTest.spec("")), "title").get(0).fontSize());
    }
}
