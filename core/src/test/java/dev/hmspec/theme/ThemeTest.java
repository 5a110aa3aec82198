package dev.hmspec.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.params.ParamsTest;
import dev.hmspec.render.Format;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.Renderers;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Line;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.Text;
import dev.hmspec.source.SourceFile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {
    static String spec(String theme) {
        return "heatmap \"t\" {\n  title \"Themed\"\n  subtitle \"muted\"\n" + theme + "\n  " + ParamsTest.DATA
                + "\n  x x { title \"X\" }\n  y y\n  color v\n  interact tooltip\n}\n";
    }

    static Compiled compile(String text, CompileOptions o) { return Hmspec.compile(SourceFile.of("t.hmspec", text), o); }

    static Scene scene(String text) {
        Compiled c = compile(text, CompileOptions.defaults());
        if (c.hasErrors()) throw new AssertionError(c.diagnostics().toString());
        return c.scene().orElseThrow();
    }

    static List<Node> nodes(Scene s) { return ParamsTest.all(s); }

    static String svg(Scene s) { return new String(Renderers.render(s, Format.SVG, RenderOptions.defaults()), StandardCharsets.UTF_8); }

    @Test
    void lightIsTheDefaultAndAddsNothingToAnyOutput() {
        Scene none = scene(spec("")), light = scene(spec("  theme light"));
        for (Format f : List.of(Format.SVG, Format.HTML, Format.JSON))
            assertArrayEquals(Renderers.render(none, f, RenderOptions.defaults()), Renderers.render(light, f, RenderOptions.defaults()), f.id());
        String page = new String(Renderers.render(none, Format.HTML, RenderOptions.defaults()), StandardCharsets.UTF_8);
        assertFalse(page.contains("prefers-color-scheme"), "no theme rules in a light page");
    }

    @Test
    void darkRecolorsTextRulesAndBackgroundButNeverTheCells() {
        Scene light = scene(spec("")), dark = scene(spec("  theme dark"));
        assertEquals(Themes.DARK.background(), dark.background());
        for (Node n : nodes(dark)) {
            if (n instanceof Text t) assertTrue(t.color() == Themes.DARK.text() || t.color() == Themes.DARK.muted(), t.toString());
            if (n instanceof Line l) assertEquals(Themes.DARK.rule(), l.color(), l.toString());
        }
        CellGrid a = nodes(light).stream().filter(CellGrid.class::isInstance).map(CellGrid.class::cast).findFirst().orElseThrow();
        CellGrid b = nodes(dark).stream().filter(CellGrid.class::isInstance).map(CellGrid.class::cast).findFirst().orElseThrow();
        assertArrayEquals(a.colors(), b.colors(), "data colors do not depend on the theme");
        assertTrue(svg(dark).contains("fill=\"#17181c\""), "the SVG background is dark");
    }

    @Test
    void printUsesOnlyGraysForTextAndBlackRules() {
        for (Node n : nodes(scene(spec("  theme print")))) {
            if (n instanceof Text t) {
                int c = t.color();
                assertTrue((c >> 16 & 255) == (c & 255) && (c >> 8 & 255) == (c & 255), "gray text: " + Integer.toHexString(c));
                assertTrue((c & 255) <= 0x33, "dark enough for a photocopy: " + Integer.toHexString(c));
            }
            if (n instanceof Line l) assertEquals(0xFF000000, l.color());
        }
    }

    @Test
    void pngHonorsTheThemeBackground() throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Renderers.render(scene(spec("  theme dark")), Format.PNG,
                RenderOptions.defaults().withPngScale(1))));
        assertEquals(Themes.DARK.background() & 0xFFFFFF, img.getRGB(1, 1) & 0xFFFFFF);
    }

    @Test
    void autoDrawsLightAndShipsTheDarkRulesInThePage() {
        Scene auto = scene(spec("  theme auto"));
        assertEquals(0xFFFFFFFF, auto.background());
        assertEquals(svg(scene(spec(""))), svg(auto), "static outputs are the light ones");
        String page = new String(Renderers.render(auto, Format.HTML, RenderOptions.defaults()), StandardCharsets.UTF_8);
        assertTrue(page.contains("@media (prefers-color-scheme: dark)"));
        assertTrue(page.contains("text[fill=\"#222222\"] { fill: #ececec; }"));
    }

    @Test
    void anUnknownThemeHasADidYouMean() {
        Diagnostic d = compile(spec("  theme drak"), CompileOptions.defaults()).diagnostics().get(0);
        assertEquals("HM500", d.code());
        assertEquals(4, d.line());
        assertEquals(9, d.column());
        assertEquals("did you mean \"dark\"?", d.help().orElseThrow());
        assertEquals("HM500", compile(spec(""), CompileOptions.defaults().withTheme("lite")).diagnostics().get(0).code());
    }

    @Test
    void theCommandLineThemeWinsOverTheSpecs() {
        Compiled c = compile(spec("  theme dark"), CompileOptions.defaults().withTheme("print"));
        assertEquals("print", c.scene().orElseThrow().style().name());
    }

    @Test
    void aThemeFileOverridesItsBaseAndReportsMistakesInsideItself(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("brand.theme"), "{\n  \"extends\": \"dark\",\n  \"text\": \"#fafafa\",\n  \"font\": \"Inter, sans-serif\"\n}\n");
        Path spec = dir.resolve("s.hmspec");
        Files.writeString(spec, spec("  theme \"brand.theme\""));
        Compiled ok = Hmspec.compile(spec, CompileOptions.defaults());
        assertEquals(List.of(), ok.diagnostics());
        Scene s = ok.scene().orElseThrow();
        assertEquals(0xFFFAFAFA, s.style().text());
        assertEquals(Themes.DARK.background(), s.background());
        assertTrue(svg(s).contains("font-family=\"Inter, sans-serif\""));

        Files.writeString(dir.resolve("brand.theme"), "{\n  \"extends\": \"dark\",\n  \"backgrond\": \"#000\",\n  \"rule\": \"grey50\"\n}\n");
        List<Diagnostic> ds = Hmspec.compile(spec, CompileOptions.defaults()).diagnostics();
        assertEquals(List.of("HM502", "HM503"), ds.stream().map(Diagnostic::code).toList());
        assertTrue(ds.get(0).file().name().endsWith("brand.theme"), "positioned in the theme file");
        assertEquals(3, ds.get(0).line());
        assertEquals(3, ds.get(0).column());
        assertEquals("did you mean \"background\"?", ds.get(0).help().orElseThrow());

        Files.writeString(dir.resolve("brand.theme"), "{ \"text\": ");
        assertEquals("HM501", Hmspec.compile(spec, CompileOptions.defaults()).diagnostics().get(0).code());
    }

    @Test
    void aThemeFileMustStayInsideTheDataRoot(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("specs"));
        Files.writeString(dir.resolve("outside.theme"), "{}");
        Path spec = dir.resolve("specs/s.hmspec");
        Files.writeString(spec, spec("  theme \"../outside.theme\""));
        Diagnostic d = Hmspec.compile(spec, CompileOptions.defaults()).diagnostics().get(0);
        assertEquals("HM210", d.code(), d.toString());
        assertEquals(List.of(), Hmspec.compile(spec, new CompileOptions(java.util.Optional.of(dir), false)).diagnostics());
    }

    @Test
    void fontsThatCouldBreakOutOfTheStylesheetAreRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.theme"), "{\"font\": \"x;} body{display:none\"}");
        Path spec = dir.resolve("s.hmspec");
        Files.writeString(spec, spec("  theme \"x.theme\""));
        assertEquals("HM507", Hmspec.compile(spec, CompileOptions.defaults()).diagnostics().get(0).code());
    }
}
