package dev.hmspec.cli;

import dev.hmspec.Compiled;
import dev.hmspec.diag.DiagnosticReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Compiles specs without writing anything; prints every diagnostic of every spec. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check specs and print their diagnostics. Exit 0 when clean, 1 when any has errors,"
                + " 2 for a command-line mistake (a missing file, a folder without specs).")
final class CheckCommand extends CompileSupport implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<spec|dir>", description = "Spec files or folders holding them.")
    List<java.nio.file.Path> inputs;

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        List<SpecFiles.SpecFile> files = SpecFiles.expand(inputs);
        int failed = 0, errors = 0, warnings = 0;
        try (Progress progress = Progress.forTerminal(err)) {
            for (int i = 0; i < files.size(); i++) {
                SpecFiles.SpecFile f = files.get(i);
                progress.at(i, files.size(), f.path(), "checking");
                Compiled c;
                try {
                    c = compile(f.path(), dev.hmspec.tiles.TileOutputs.PLAN);
                } catch (OutOfMemoryError e) {
                    progress.println(err, CliMessages.outOfMemory(f.path(), maxHeapMb(), "checking"));
                    failed++;
                    continue;
                }
                print(f.path(), c, progress, err);
                // What a render would tile (check reads only the matrix's shape for it).
                c.scene().ifPresent(sc -> dev.hmspec.tiles.TilePlan.describe(sc)
                        .forEach(line -> progress.println(out, DiagnosticReport.escapeControls(f.path() + ": " + line))));
                long e = c.diagnostics().stream().filter(d -> d.isError()).count();
                errors += e;
                warnings += c.diagnostics().size() - e;
                if (c.hasErrors()) failed++;
            }
        }
        out.println(DiagnosticReport.escapeControls("checked " + plural(files.size(), "spec") + ": " + plural(errors, "error") + ", "
                + plural(warnings, "warning") + (failed > 0 ? " in " + plural(failed, "failing spec") : "")));
        return failed > 0 ? 1 : 0;
    }
}
