package dev.hmspec.cli;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.DiagnosticPrinter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options and printing shared by render and check. */
class CompileSupport {
    @Option(names = "--data-root", paramLabel = "<dir>",
            description = "Data paths must resolve inside this folder (default: the current folder).")
    Path dataRoot;

    @Option(names = "--allow-any-data-path", description = "Allow data files outside the data root.")
    boolean allowAnyDataPath;

    Compiled compile(Path spec) {
        Path root = (dataRoot == null ? Path.of("") : dataRoot).toAbsolutePath().normalize();
        return Hmspec.compile(spec, new CompileOptions(Optional.of(root), allowAnyDataPath));
    }

    static void print(Compiled compiled, PrintWriter err) {
        for (Diagnostic d : compiled.diagnostics()) err.print(DiagnosticPrinter.print(d));
        err.flush();
    }

    static String plural(int n, String word) { return n + " " + word + (n == 1 ? "" : "s"); }
}
