package dev.hmspec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.color.Color;
import dev.hmspec.color.Schemes;
import dev.hmspec.diag.DiagnosticPrinter;
import dev.hmspec.render.Format;
import dev.hmspec.render.OutputWriter;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.Renderers;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.ColorRamp;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.Text;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Every spec in specs/ compiles without errors and renders to every format; real properties of
 * the output are checked (cell counts, pixel colors against the color scale, legend extent).
 * Outputs land in target/e2e/ to be looked at.
 */
class SpecsEndToEndTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path SPECS = ROOT.resolve("specs");
    static final Path OUT = Path.of("target/e2e");
    static final CompileOptions OPTIONS = new CompileOptions(Optional.of(ROOT), false);

    static Scene compile(String slug) {
        Compiled c = Hmspec.compile(SPECS.resolve(slug + ".hmspec"), OPTIONS);
        StringBuilder printed = new StringBuilder();
        c.diagnostics().forEach(d -> printed.append(DiagnosticPrinter.print(d)));
        assertFalse(c.hasErrors(), "errors in " + slug + ":\n" + printed);
        return c.scene().orElseThrow();
    }

    static CellGrid grid(Scene scene) { return find(scene.nodes(), CellGrid.class).get(0); }

    static <T extends Node> List<T> find(List<Node> nodes, Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (Node n : nodes) {
            if (kind.isInstance(n)) out.add(kind.cast(n));
            if (n instanceof Group g) out.addAll(find(g.children(), kind));
        }
        return out;
    }

    @Test
    void everySpecCompilesCleanlyAndRendersToEveryFormat() throws IOException {
        List<Path> specs;
        try (Stream<Path> s = Files.list(SPECS)) {
            specs = s.filter(p -> p.toString().endsWith(".hmspec")).sorted().toList();
        }
        assertTrue(specs.size() >= 6, "the six example specs exist");
        for (Path spec : specs) {
            String slug = spec.getFileName().toString().replace(".hmspec", "");
            // Parquet specs need the DuckDB module, which core's tests do not have: hmspec-duckdb's
            // DifferentialTest compiles and checks them.
            if (Files.readString(spec).contains(".parquet\"")) continue;
            Scene scene = compile(slug);
            for (Format f : Format.values()) {
                byte[] bytes = Renderers.render(scene, f, RenderOptions.defaults());
                assertTrue(bytes.length > 500, slug + "." + f.extension() + " has content");
                OutputWriter.writeAtomically(OUT.resolve(slug + "." + f.extension()), bytes);
            }
        }
    }

    @Test
    void gridsHaveTheExpectedNumberOfCells() {
        Map<String, int[]> expected = Map.of(
                "iris-correlation", new int[] {4, 4},
                "penguins-correlation", new int[] {4, 4},
                "github-punchcard", new int[] {24, 7},
                "seattle-temperature", new int[] {31, 12},
                "volcano", new int[] {87, 61});
        expected.forEach((slug, size) -> {
            CellGrid g = grid(compile(slug));
            assertEquals(size[0], g.columns(), slug + " columns");
            assertEquals(size[1], g.rows(), slug + " rows");
        });
    }

    @Test
    void punchCardRowsFollowTheExplicitWeekdayOrder() {
        assertEquals(List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), grid(compile("github-punchcard")).rowKeys());
    }

    @Test
    void seattleMonthsAreInCalendarOrder() {
        assertEquals(List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
                grid(compile("seattle-temperature")).rowKeys());
    }

    @Test
    void movieHistogramCountsEveryFilmWithBothRatings() throws IOException {
        JsonNode films = new ObjectMapper().readTree(SPECS.resolve("data/movies.json").toFile());
        int both = 0;
        for (JsonNode film : films) {
            if (film.path("IMDB Rating").isNumber() && film.path("Rotten Tomatoes Rating").isNumber()) both++;
        }
        CellGrid g = grid(compile("movies-histogram"));
        double sum = 0;
        for (double v : g.values()) if (!Double.isNaN(v)) sum += v;
        assertEquals(both, (int) sum, "films counted in the histogram");
    }

    @Test
    void irisPngPixelOfACellIsTheColorScaleOutputForItsValue() throws IOException {
        Scene scene = compile("iris-correlation");
        CellGrid g = grid(scene);
        int col = g.columnKeys().indexOf("sepal_length");
        int row = g.rowKeys().indexOf("petal_length");
        double r = g.values()[g.index(col, row)];
        assertEquals(0.8718, r, 1e-4, "Pearson r of sepal and petal length");
        int expected = Schemes.find("viridis").orElseThrow().at((r + 1) / 2);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Renderers.render(scene, Format.PNG, RenderOptions.defaults())));
        double scale = RenderOptions.defaults().pngScale();
        // A fifth into the cell, away from its centred label.
        double x = g.x() + g.columnEdges()[col] + (g.columnEdges()[col + 1] - g.columnEdges()[col]) * 0.2;
        double y = g.y() + g.rowEdges()[row] + (g.rowEdges()[row + 1] - g.rowEdges()[row]) * 0.2;
        int actual = png.getRGB((int) (x * scale), (int) (y * scale));
        for (int shift : new int[] {16, 8, 0}) {
            assertEquals((expected >> shift) & 0xFF, (actual >> shift) & 0xFF, 1.0,
                    "channel of " + Color.toHex(actual) + " vs scale output " + Color.toHex(expected));
        }
    }

    @Test
    void legendColorbarSpansExactlyTheScaleDomain() {
        Scene scene = compile("iris-correlation");
        Group legend = find(scene.nodes(), Group.class).stream().filter(gr -> gr.role().equals("legend")).findFirst().orElseThrow();
        ColorRamp ramp = find(legend.children(), ColorRamp.class).get(0);
        List<Text> labels = find(legend.children(), Text.class).stream().filter(t -> t.role().equals("label")).toList();
        Text low = labels.stream().filter(t -> t.text().equals("-1.0")).findFirst().orElseThrow();
        Text high = labels.stream().filter(t -> t.text().equals("1.0")).findFirst().orElseThrow();
        assertEquals(ramp.y() + ramp.height(), low.y(), 1e-9, "domain start at the bottom of the bar");
        assertEquals(ramp.y(), high.y(), 1e-9, "domain end at the top of the bar");
        int viridisTop = Schemes.find("viridis").orElseThrow().at(1);
        assertEquals(viridisTop, ramp.stops().get(ramp.stops().size() - 1).color(), "ramp ends with the scheme's last color");
    }
}
