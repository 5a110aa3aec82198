package dev.hmspec.cli;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.DiagnosticReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options and printing shared by render, check and serve. */
class CompileSupport {
    @Option(names = "--data-root", paramLabel = "<dir>",
            description = "Data paths must resolve inside this folder (default: each spec's own folder).")
    Path dataRoot;

    @Option(names = "--allow-any-data-path", description = "Allow data files outside the data root.")
    boolean allowAnyDataPath;

    @Option(names = "--max-diagnostics", paramLabel = "<n>", defaultValue = "" + DiagnosticReport.DEFAULT_LIMIT,
            description = "Diagnostics printed per spec before \"… and N more\" (default: ${DEFAULT-VALUE}).")
    int maxDiagnostics;

    // ---- embed12: themes and parameters ----
    @Option(names = "--theme", paramLabel = "<name|file>",
            description = "light, dark, print, auto, or a JSON theme file; overrides the spec's theme statement.")
    String theme;

    @Option(names = "--param", paramLabel = "<name>=<value>",
            description = "A value for the spec's `param <name>`; repeat for several (--param year=2020 --param min=5).")
    Map<String, String> params = new LinkedHashMap<>();

    Compiled compile(Path spec) {
        Optional<Path> root = dataRoot == null ? Optional.empty() : Optional.of(dataRoot.toAbsolutePath().normalize());
        return Hmspec.compile(spec, new CompileOptions(root, allowAnyDataPath).withTheme(theme).withParams(params));
    }

    /** Compiles for outputs that need only this much of a huge grid's tiles (issue 9: check none, SVG/PNG no files). */
    Compiled compile(Path spec, dev.hmspec.tiles.TileOutputs tiles) {
        Optional<Path> root = dataRoot == null ? Optional.empty() : Optional.of(dataRoot.toAbsolutePath().normalize());
        return Hmspec.compile(spec, new CompileOptions(root, allowAnyDataPath).withTheme(theme).withParams(params)
                .withTileOutputs(tiles));
    }

    /** The spec's diagnostics (capped, control characters made visible), and how to widen the data root when it bit. */
    void print(Path spec, Compiled compiled, Progress progress, PrintWriter err) {
        if (compiled.diagnostics().isEmpty()) return;
        StringBuilder text = new StringBuilder(DiagnosticReport.print(compiled.diagnostics(), Math.max(1, maxDiagnostics)));
        if (!allowAnyDataPath && compiled.diagnostics().stream().anyMatch(d -> d.code().equals("HM210"))) {
            Path folder = spec.toAbsolutePath().normalize().getParent();
            text.append(dataRoot == null ? CliMessages.dataRootHint(folder) : CliMessages.dataRootHintExplicit(dataRoot)).append('\n');
        }
        progress.println(err, text.toString());
    }

    static long maxHeapMb() { return Runtime.getRuntime().maxMemory() >> 20; }

    static String plural(int n, String word) { return n + " " + word + (n == 1 ? "" : "s"); }
}
