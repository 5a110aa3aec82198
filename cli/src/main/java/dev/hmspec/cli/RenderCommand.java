package dev.hmspec.cli;

import dev.hmspec.Compiled;
import dev.hmspec.render.Format;
import dev.hmspec.render.OutputWriter;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.Renderers;
import dev.hmspec.render.html.FragmentRenderer;
import dev.hmspec.scene.Scene;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Renders each spec to the requested formats. Specs are independent: one that fails (errors,
 * a renderer failure, running out of memory) prints why and writes nothing, so its earlier
 * outputs stay as one consistent set; the others still render, and the exit code is 1 when any
 * failed. A spec's formats are written together: all or none (see {@link OutputWriter}).
 * Outputs mirror the specs' folders (see {@link SpecFiles}).
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render specs to HTML, SVG, PNG and/or scene JSON. Exit 0 when all rendered, 1 when any failed,"
                + " 2 for a command-line mistake.")
final class RenderCommand extends CompileSupport implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<spec|dir>", description = "Spec files or folders holding them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "<dir>", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}); sub-folders mirror the specs' folders.")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "<formats>", defaultValue = "html,svg,png",
            description = "Comma-separated formats: html, svg, png, json, fragment (default: ${DEFAULT-VALUE}).")
    String formats;

    @Option(names = "--scale", paramLabel = "<factor>", defaultValue = "2",
            description = "PNG pixel density, 1 to 4 (default: ${DEFAULT-VALUE}).")
    double scale;

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Set<Format> wanted = parseFormats();
        if (scale < 1 || scale > 4) throw new CommandLine.ParameterException(spec.commandLine(), "--scale must be between 1 and 4");
        List<SpecFiles.SpecFile> files = SpecFiles.expand(inputs);
        dev.hmspec.render.Warmup.start(wanted); // loads Batik, fonts and the page runtime on an idle core meanwhile
        int failed = 0, written = 0;
        try (Progress progress = Progress.forTerminal(err)) {
            for (int i = 0; i < files.size(); i++) {
                SpecFiles.SpecFile f = files.get(i);
                progress.at(i, files.size(), f.path(), "compiling");
                List<Path> targets = renderOne(f, wanted, progress, out, err, i, files.size());
                if (targets.isEmpty()) failed++; else written += targets.size();
            }
        }
        out.println("rendered " + plural(files.size() - failed, "spec") + " (" + plural(written, "file") + ") to " + output
                + (failed > 0 ? "; " + plural(failed, "spec") + " failed" : ""));
        return failed > 0 ? 1 : 0;
    }

    /** Compiles and writes one spec; returns the files written, none when it failed (already reported). */
    private List<Path> renderOne(SpecFiles.SpecFile f, Set<Format> wanted, Progress progress, PrintWriter out, PrintWriter err,
                                 int index, int total) {
        String stage = "compiling";
        try {
            // Tile files only when a page will load them (issue 9); SVG/PNG draw from the pyramid in memory.
            Compiled c = compile(f.path(), dev.hmspec.tiles.TileOutputs.forOutputs(wanted.contains(Format.HTML)));
            print(f.path(), c, progress, err);
            if (c.scene().isEmpty()) return List.of();
            Scene scene = c.scene().get();
            RenderOptions options = RenderOptions.defaults().withPngScale(scale);
            Map<Path, OutputWriter.Content> set = new LinkedHashMap<>();
            for (Format format : wanted) {
                set.put(output.resolve(format.fileName(f.slug())), o -> {
                    progress.at(index, total, f.path(), "rendering " + format.id());
                    // A fragment's element id comes from the spec's file name: the same on every run.
                    if (format == Format.FRAGMENT) o.write(FragmentRenderer.render(scene, options, FragmentRenderer.idFor(f.slug()), true));
                    else Renderers.render(scene, format, options, o);
                });
            }
            stage = "rendering";
            // A huge grid's tiles go beside its page first (issue 9), so a new page never looks for missing tiles.
            if (wanted.contains(Format.HTML))
                dev.hmspec.tiles.TileFolder.place(dev.hmspec.tiles.TileFolder.besidePage(output.resolve(Format.HTML.fileName(f.slug()))),
                        dev.hmspec.tiles.TileFolder.sets(scene));
            OutputWriter.writeAllAtomically(set);
            List<Path> targets = new ArrayList<>(set.keySet());
            progress.println(out, "rendered " + f.path() + " → " + String.join(", ", targets.stream().map(Path::toString).toList()));
            return targets;
        } catch (OutOfMemoryError e) {
            progress.println(err, CliMessages.outOfMemory(f.path(), maxHeapMb(), stage));
        } catch (IOException e) {
            progress.println(err, CliMessages.renderFailed(f.path(), formats, e));
        } catch (RuntimeException | StackOverflowError e) {
            progress.println(err, CliMessages.internal(f.path(), e));
        }
        return List.of();
    }

    private Set<Format> parseFormats() {
        Set<Format> out = new LinkedHashSet<>();
        for (String name : formats.split(",")) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            if (n.isEmpty()) continue;
            try {
                out.add(Format.parse(n));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        if (out.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "no format given");
        return out;
    }
}
