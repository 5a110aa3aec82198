package dev.hmspec.bench;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.render.Format;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.Renderers;
import dev.hmspec.scene.Scene;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prints, for every spec in a folder, the output size of each format and the median time to
 * compile and to render each format after warm-up. Not a test (Surefire does not run it):
 * <pre>
 * mvn -q -pl core test-compile exec:... or:
 * java -cp core/target/classes:core/target/test-classes:$(cat core/target/cp.txt) dev.hmspec.bench.RenderBenchmark specs
 * </pre>
 */
public final class RenderBenchmark {
    private static final int WARMUP = 3, RUNS = 7;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "specs");
        CompileOptions options = new CompileOptions(Optional.of(dir.toAbsolutePath().getParent()), false);
        List<Path> specs;
        try (Stream<Path> s = Files.list(dir)) {
            specs = s.filter(p -> p.toString().endsWith(".hmspec")).sorted().toList();
        }
        System.out.printf(Locale.ROOT, "%-28s %10s %10s %10s %10s %10s %10s %10s %10s %10s%n", "spec", "compile ms",
                "html KB", "html ms", "svg KB", "svg ms", "png KB", "png ms", "json KB", "json ms");
        for (Path spec : specs) {
            Compiled c = Hmspec.compile(spec, options);
            if (c.scene().isEmpty()) { System.out.println(spec + ": has errors, skipped"); continue; }
            double compileMs = median(() -> Hmspec.compile(spec, options));
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-28s %10.1f", spec.getFileName(), compileMs));
            Scene scene = c.scene().get();
            for (Format f : List.of(Format.HTML, Format.SVG, Format.PNG, Format.JSON)) {
                byte[] bytes = Renderers.render(scene, f, RenderOptions.defaults());
                double ms = median(() -> Renderers.render(scene, f, RenderOptions.defaults()));
                row.append(String.format(Locale.ROOT, " %10.1f %10.1f", bytes.length / 1024.0, ms));
            }
            System.out.println(row);
        }
    }

    private static double median(Runnable work) {
        for (int i = 0; i < WARMUP; i++) work.run();
        double[] t = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            t[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(t);
        return t[RUNS / 2];
    }
}
