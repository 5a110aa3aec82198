package dev.hmspec.cli;

import dev.hmspec.Compiled;
import dev.hmspec.render.Format;
import dev.hmspec.render.OutputWriter;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.Renderers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Renders each spec to the requested formats. Specs are independent: one that fails prints
 * its diagnostics and writes nothing (earlier good outputs stay), the others still render,
 * and the exit code is 1 when any failed. Every output is written atomically.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render specs to HTML, SVG, PNG and/or scene JSON.")
final class RenderCommand extends CompileSupport implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<spec|dir>", description = "Spec files or folders holding them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "<dir>", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "<formats>", defaultValue = "html,svg,png",
            description = "Comma-separated formats: html, svg, png, json (default: ${DEFAULT-VALUE}).")
    String formats;

    @Option(names = "--scale", paramLabel = "<factor>", defaultValue = "2",
            description = "PNG pixel density, 1 to 4 (default: ${DEFAULT-VALUE}).")
    double scale;

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Set<Format> wanted = parseFormats();
        if (scale < 1 || scale > 4) throw new CommandLine.ParameterException(spec.commandLine(), "--scale must be between 1 and 4");
        List<SpecFiles.SpecFile> files = SpecFiles.expand(inputs);
        int failed = 0, written = 0;
        for (SpecFiles.SpecFile f : files) {
            Compiled c = compile(f.path());
            print(c, err);
            if (c.scene().isEmpty()) { failed++; continue; }
            List<String> names = new ArrayList<>();
            for (Format format : wanted) {
                Path target = output.resolve(SpecFiles.slug(f.relative()) + "." + format.extension());
                RenderOptions options = RenderOptions.defaults().withPngScale(scale);
                OutputWriter.writeAtomically(target, o -> Renderers.render(c.scene().get(), format, options, o)); // streamed
                names.add(target.toString());
                written++;
            }
            out.println("rendered " + f.path() + " → " + String.join(", ", names));
        }
        out.println("rendered " + plural(files.size() - failed, "spec") + " (" + plural(written, "file") + ") to " + output
                + (failed > 0 ? "; " + plural(failed, "spec") + " failed" : ""));
        return failed > 0 ? 1 : 0;
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
