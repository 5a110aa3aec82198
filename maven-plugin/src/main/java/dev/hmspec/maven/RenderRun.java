package dev.hmspec.maven;

import dev.hmspec.Compiled;
import dev.hmspec.SpecInputs;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.render.Format;
import dev.hmspec.render.OutputWriter;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.Renderers;
import dev.hmspec.scene.Scene;
import dev.hmspec.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One incremental render of a set of specs into an output folder, free of Maven types so
 * tests drive it directly. Specs whose fingerprint is unchanged (and whose outputs are all
 * there) are skipped; the others compile and render in parallel on a bounded pool. A spec
 * that fails, for whatever reason, writes nothing, so its earlier outputs stay as one set; the
 * other specs still render; its state entry is cleared so the next build retries it. Outputs of specs that are gone are deleted.
 */
final class RenderRun {
    record Settings(Path outputDirectory, Path dataRoot, List<Format> formats, RenderOptions options,
                    int threads, boolean force, boolean failOnWarning, String theme) {
        Settings { formats = List.copyOf(formats); }

        Settings(Path outputDirectory, Path dataRoot, List<Format> formats, RenderOptions options,
                 int threads, boolean force, boolean failOnWarning) {
            this(outputDirectory, dataRoot, formats, options, threads, force, failOnWarning, null);
        }

        /** Everything besides the spec and its data that changes the output, hashed into each fingerprint. */
        String describe() {
            return formats + " png×" + options.pngScale() + " cells≤" + options.maxCellRects() + " " + CODE
                    + (theme == null ? "" : " theme=" + theme);
        }
    }

    /** The renderer's and this plugin's code, computed once per JVM. */
    private static final String CODE = Fingerprint.codeVersion(Renderers.class) + " " + Fingerprint.codeVersion(RenderRun.class);

    enum Status { RENDERED, UP_TO_DATE, FAILED }

    /** What happened to one spec: its fingerprint, diagnostics (also printed in {@code report}) and output files. */
    record Outcome(SpecSet.Spec spec, Status status, String key, List<Diagnostic> diagnostics, String report,
                   List<String> outputs) {}

    record Result(List<Outcome> outcomes, List<String> removed) {
        long count(Status s) { return outcomes.stream().filter(o -> o.status() == s).count(); }
    }

    private final Settings settings;
    private final SpecCompiler compiler;

    /** Receives, per compiled spec, what ran where (the engines' SQL and timings); null when not wanted. */
    private final java.util.function.Consumer<String> debug;

    RenderRun(Settings settings) { this(settings, null); }

    RenderRun(Settings settings, java.util.function.Consumer<String> debug) {
        this.settings = settings;
        this.compiler = new SpecCompiler(settings.dataRoot(), settings.theme(),
                dev.hmspec.tiles.TileOutputs.forOutputs(settings.formats().contains(Format.HTML)));
        this.debug = debug;
    }

    Result run(List<SpecSet.Spec> specs) throws IOException, InterruptedException {
        Path out = settings.outputDirectory();
        Files.createDirectories(out);
        RenderState state = RenderState.load(out);
        List<String> removed = removeDeleted(specs, state, out);
        int threads = Math.max(1, Math.min(settings.threads(), specs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "hmspec-render");
            t.setDaemon(true);
            return t;
        });
        List<Outcome> outcomes = new ArrayList<>();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (SpecSet.Spec spec : specs) futures.add(pool.submit(() -> renderOne(spec, state.get(spec.slug()))));
            for (Future<Outcome> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    throw new IOException(e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        for (Outcome o : outcomes) {
            if (o.status() == Status.FAILED) {
                RenderState.Entry old = state.get(o.spec().slug());
                state.put(o.spec().slug(), new RenderState.Entry("", old == null ? List.of() : old.outputs()));
            } else if (o.status() == Status.RENDERED) {
                // With failOnWarning a warned spec is not recorded, so the next build warns (and fails) again.
                boolean retry = settings.failOnWarning() && !o.diagnostics().isEmpty();
                state.put(o.spec().slug(), new RenderState.Entry(retry ? "" : o.key(), o.outputs()));
            }
        }
        state.save(out);
        return new Result(outcomes, removed);
    }

    /** Never throws: whatever goes wrong with this spec (even running out of memory) is its own FAILED outcome. */
    private Outcome renderOne(SpecSet.Spec spec, RenderState.Entry previous) {
        String shown = SpecCompiler.display(spec.path());
        byte[] bytes;
        String key;
        try {
            bytes = Files.readAllBytes(spec.path());
            key = Fingerprint.of(bytes, settings.describe() + (spec.params().isEmpty() ? "" : " params="
                    + new java.util.TreeMap<>(spec.params())), dataFiles(spec.path(), bytes));
        } catch (IOException e) {
            return new Outcome(spec, Status.FAILED, "", List.of(), PluginMessages.cannotRead(shown, e), List.of());
        }
        if (!settings.force() && previous != null && key.equals(previous.fingerprint()) && allExist(previous.outputs())) {
            return new Outcome(spec, Status.UP_TO_DATE, key, List.of(), "", previous.outputs());
        }
        dev.hmspec.transform.Trace trace = debug == null ? null : dev.hmspec.transform.Trace.collecting();
        Compiled compiled = null;
        String report = "";
        try {
            compiled = compiler.compile(spec.path(), bytes, trace, spec.params());
            if (trace != null) debug.accept("hmspec: explain " + SpecCompiler.display(spec.path()) + "\n" + trace.text());
            report = SpecCompiler.print(compiled);
            if (compiled.scene().isEmpty()) return new Outcome(spec, Status.FAILED, key, compiled.diagnostics(), report, List.of());
            Scene scene = compiled.scene().get();
            // One spec's formats are written together or not at all, so they always come from the same run.
            Map<Path, OutputWriter.Content> set = new LinkedHashMap<>();
            List<String> outputs = new ArrayList<>();
            for (Format format : settings.formats()) {
                String name = format.fileName(spec.slug());
                set.put(settings.outputDirectory().resolve(name), o -> {
                    // A fragment's element id comes from the output name: the same on every build.
                    if (format == Format.FRAGMENT) o.write(dev.hmspec.render.html.FragmentRenderer.render(scene, settings.options(),
                            dev.hmspec.render.html.FragmentRenderer.idFor(spec.slug()), true));
                    else Renderers.render(scene, format, settings.options(), o);
                });
                outputs.add(name);
            }
            // A huge grid's tiles go beside its page first (issue 9).
            if (settings.formats().contains(Format.HTML))
                dev.hmspec.tiles.TileFolder.place(dev.hmspec.tiles.TileFolder.besidePage(
                        settings.outputDirectory().resolve(Format.HTML.fileName(spec.slug()))), dev.hmspec.tiles.TileFolder.sets(scene));
            OutputWriter.writeAllAtomically(set);
            return new Outcome(spec, Status.RENDERED, key, compiled.diagnostics(), report, outputs);
        } catch (IOException e) {
            return failed(spec, key, compiled, report + PluginMessages.couldNotWrite(shown, settings.formats(), e));
        } catch (OutOfMemoryError e) {
            compiled = null; // let the scene go before building the message
            return failed(spec, key, null, PluginMessages.outOfMemory(shown, Runtime.getRuntime().maxMemory() >> 20));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(spec, key, compiled, report + PluginMessages.internal(shown, e));
        }
    }

    private static Outcome failed(SpecSet.Spec spec, String key, Compiled compiled, String report) {
        return new Outcome(spec, Status.FAILED, key, compiled == null ? List.of() : compiled.diagnostics(), report, List.of());
    }

    private static List<Path> dataFiles(Path spec, byte[] bytes) {
        try {
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            return SpecInputs.of(SourceFile.of(spec, spec.toString(), text)).dataFiles();
        } catch (RuntimeException e) {
            return List.of(); // the compiler will report whatever is wrong
        }
    }

    private boolean allExist(List<String> outputs) {
        return !outputs.isEmpty() && outputs.stream().allMatch(o -> Files.isRegularFile(settings.outputDirectory().resolve(o)));
    }

    /** Deletes the outputs of specs that were rendered before but are no longer in the set. */
    private static List<String> removeDeleted(List<SpecSet.Spec> specs, RenderState state, Path out) throws IOException {
        Set<String> current = new HashSet<>();
        for (SpecSet.Spec s : specs) current.add(s.slug());
        List<String> removed = new ArrayList<>();
        for (String slug : state.entries().keySet()) {
            if (current.contains(slug)) continue;
            for (String file : state.remove(slug).outputs()) {
                Path p = out.resolve(file).normalize();
                if (p.startsWith(out) && Files.deleteIfExists(p)) removed.add(file);
            }
        }
        return removed;
    }
}
