package dev.hmspec.render;

import dev.hmspec.CompileOptions;
import dev.hmspec.Hmspec;
import dev.hmspec.source.SourceFile;
import java.io.OutputStream;
import java.util.Set;

/**
 * The renderers' libraries loaded and run once on a tiny built-in spec, on a background thread,
 * while the caller reads data and compiles its own specs. A cold PNG spends about half a second
 * loading and first-running Batik and Java2D's fonts, and the HTML writer builds its runtime
 * block; reading and compiling leave a core idle for most of their time (compiling is one
 * thread), so this work costs a one-shot command like {@code hmspec render} almost no wall time.
 * The warm-up writes nowhere and shares no state that shapes output (caches of font metrics
 * only), so outputs are byte for byte the same with or without it.
 */
public final class Warmup {
    static final String SPEC = """
            heatmap "warm-up" {
              data values [{x: "a", y: "p", v: 1.5}, {x: "b", y: "p", v: -2}, {x: "a", y: "q", v: 0.25}]
              x x
              y y
              color v { scheme viridis }
              text v
              interact tooltip, zoom
            }
            """;

    private Warmup() {}

    /** Starts warming the libraries of {@code formats} on a daemon thread and returns at once. */
    public static void start(Set<Format> formats) {
        Thread t = new Thread(() -> run(formats), "hmspec-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    static void run(Set<Format> formats) {
        try {
            // Engines first: the data is read right after parsing, the renderers come last.
            for (dev.hmspec.transform.Engine e : dev.hmspec.engine.Engines.forChoice("auto")) e.prepare();
        } catch (Throwable ignored) {
            // As below: only a head start.
        }
        try {
            var scene = Hmspec.compile(SourceFile.of("warm-up.hmspec", SPEC), CompileOptions.defaults()).scene();
            if (scene.isEmpty()) return;
            for (Format f : formats) {
                if (f == Format.HTML || f == Format.SVG || f == Format.PNG)
                    Renderers.render(scene.get(), f, RenderOptions.defaults(), OutputStream.nullOutputStream());
            }
        } catch (Throwable ignored) {
            // Only a head start: a failure here changes nothing the real render does or reports.
        }
    }
}
