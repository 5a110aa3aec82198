package dev.hmspec.cli;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.DiagnosticReport;
import dev.hmspec.transform.Trace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hmspec explain SPEC}: per view, which engine read the data, the SQL it ran (parameters as
 * {@code ?} with their values listed below, never inlined), which steps ran where, and timings.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show, per view, the SQL each engine ran, which steps ran where, and timings.")
final class ExplainCommand extends CompileSupport implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<spec|dir>", description = "Spec files or folders holding them.")
    List<Path> inputs;

    @Option(names = "--engine", paramLabel = "<engine>", defaultValue = "auto",
            description = "auto (DuckDB for files when available) or memory (the reference engine).")
    String engine;

    @Override public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        int failed = 0;
        try (Progress progress = Progress.forTerminal(err)) {
            for (SpecFiles.SpecFile f : SpecFiles.expand(inputs)) {
                Trace trace = Trace.collecting();
                // As render and check: data paths resolve inside each spec's own folder unless --data-root says otherwise.
                Optional<Path> root = dataRoot == null ? Optional.empty() : Optional.of(dataRoot.toAbsolutePath().normalize());
                Compiled c = Hmspec.compile(f.path(), new CompileOptions(root, allowAnyDataPath, engine, trace));
                print(f.path(), c, progress, err);
                if (c.scene().isEmpty()) failed++;
                // Spec strings (titles, SQL) reach the terminal: control characters are made visible.
                out.println(DiagnosticReport.escapeControls("spec " + f.path()));
                out.print(DiagnosticReport.escapeControls(trace.text()));
                for (dev.hmspec.SpecRefresh.Interval i : refreshOf(f.path())) out.println(CliMessages.refreshIgnored(i.view(), i.every()));
            }
        }
        out.flush();
        return failed > 0 ? 1 : 0;
    }

    /** The spec's refresh intervals (embed12b); none when the file cannot be read again. */
    private static List<dev.hmspec.SpecRefresh.Interval> refreshOf(Path path) {
        try {
            return dev.hmspec.SpecRefresh.of(dev.hmspec.source.SourceFile.read(path)).intervals();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
