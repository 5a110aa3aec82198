package dev.hmspec.cli;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
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
        for (SpecFiles.SpecFile f : SpecFiles.expand(inputs)) {
            Trace trace = Trace.collecting();
            Path root = (dataRoot == null ? Path.of("") : dataRoot).toAbsolutePath().normalize();
            Compiled c = Hmspec.compile(f.path(), new CompileOptions(Optional.of(root), allowAnyDataPath, engine, trace));
            print(c, err);
            if (c.scene().isEmpty()) failed++;
            out.println("spec " + f.path());
            out.print(trace.text());
        }
        out.flush();
        return failed > 0 ? 1 : 0;
    }
}
