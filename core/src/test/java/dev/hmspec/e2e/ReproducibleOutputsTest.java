package dev.hmspec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.render.Format;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.Renderers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same spec and data give the same bytes in every format (issue 11 item 10). Two separate JVMs
 * render, because what varies between runs (the salt of {@code Map.of}'s iteration order, hash
 * codes of objects, clocks) is fixed within one JVM: rendering twice in-process cannot see it.
 */
class ReproducibleOutputsTest {
    static final Path SPECS = SpecsEndToEndTest.SPECS;
    static final List<String> SLUGS = List.of("iris-correlation", "seattle-temperature");

    @Test
    void renderInTwoJvmsGivesTheSameBytesInEveryFormat(@TempDir Path tmp) throws Exception {
        Path spec = largeGridSpec(tmp);
        List<String> specs = new ArrayList<>();
        for (String s : SLUGS) specs.add(SPECS.resolve(s + ".hmspec").toString());
        specs.add(spec.toString());
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        run(a, specs);
        run(b, specs);
        int compared = 0;
        for (int i = 0; i < specs.size(); i++) {
            for (Format f : Format.values()) {
                String name = i + "." + f.extension();
                byte[] x = Files.readAllBytes(a.resolve(name)), y = Files.readAllBytes(b.resolve(name));
                assertTrue(x.length > 0, name);
                int at = Arrays.mismatch(x, y);
                assertEquals(-1, at, () -> name + " differs between two runs at byte " + at + ": "
                        + excerpt(x, at) + " vs " + excerpt(y, at));
                compared++;
            }
        }
        assertEquals(specs.size() * Format.values().length, compared);
    }

    private static String excerpt(byte[] b, int at) {
        int from = Math.max(0, at - 60), to = Math.min(b.length, at + 60);
        return "\"" + new String(b, from, to - from, StandardCharsets.ISO_8859_1) + "\"";
    }

    /** A 160 × 160 grid: above the rect limit, so SVG and PNG draw it as an image and the page as a binary block. */
    static Path largeGridSpec(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("x,y,v\n");
        for (int y = 0; y < 160; y++) for (int x = 0; x < 160; x++) csv.append(x).append(',').append(y).append(',')
                .append(Math.sin(x / 9.0) * Math.cos(y / 7.0)).append('\n');
        Files.writeString(dir.resolve("grid.csv"), csv);
        Path spec = dir.resolve("grid.hmspec");
        Files.writeString(spec, "heatmap \"grid\" {\n  data \"grid.csv\"\n  x x\n  y y\n  color v\n  interact tooltip, zoom\n}\n");
        return spec;
    }

    private static void run(Path out, List<String> specs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Render.class.getName(), out.toString()));
        cmd.addAll(specs);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM timed out");
        assertEquals(0, p.exitValue(), log);
    }

    /** The child: renders each spec (argument i) to OUT/i.{html,svg,png,json}. */
    public static final class Render {
        public static void main(String[] args) throws IOException {
            Path out = Files.createDirectories(Path.of(args[0]));
            for (int i = 1; i < args.length; i++) {
                Path spec = Path.of(args[i]);
                Compiled c = Hmspec.compile(spec, new CompileOptions(Optional.of(spec.getParent().getParent()), true));
                if (c.scene().isEmpty()) throw new IllegalStateException("no scene for " + spec + ": " + c.diagnostics());
                for (Format f : Format.values())
                    Files.write(out.resolve((i - 1) + "." + f.extension()), Renderers.render(c.scene().get(), f, RenderOptions.defaults()));
            }
        }
    }
}
