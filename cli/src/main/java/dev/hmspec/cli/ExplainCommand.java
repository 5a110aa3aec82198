package dev.hmspec.cli;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.transform.Trace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
            out.print(format(trace.entries()));
        }
        out.flush();
        return failed > 0 ? 1 : 0;
    }

    static String format(List<Trace.Entry> entries) {
        StringBuilder b = new StringBuilder();
        for (Trace.Entry e : entries) {
            if (e.engine().equals("view")) {
                b.append("  view ").append(e.action()).append(": steps ")
                        .append(e.steps().isEmpty() ? "(none)" : String.join(", ", e.steps())).append('\n');
                continue;
            }
            b.append("    [").append(e.engine()).append("] ").append(e.action());
            if (!e.steps().isEmpty()) b.append(" — steps ").append(String.join(", ", e.steps()));
            b.append(String.format(Locale.ROOT, " (%.1f ms)%n", e.nanos() / 1e6));
            if (!e.sql().isEmpty()) {
                b.append("      ").append(e.sql()).append('\n');
                for (int i = 0; i < e.params().size(); i++) {
                    Object p = e.params().get(i);
                    b.append("      ?").append(i + 1).append(" = ").append(p instanceof String s ? "'" + s.replace("'", "''") + "'" : p)
                            .append('\n');
                }
            }
        }
        return b.toString();
    }
}
