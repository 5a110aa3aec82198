package dev.hmspec.cli;

import dev.hmspec.diag.DiagnosticReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hmspec render | check | serve}: exit 0 when clean, 1 when a spec has errors, 2 for a usage mistake. */
@Command(name = "hmspec", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Interactive heatmaps from a declarative grammar-of-graphics language.",
        subcommands = {RenderCommand.class, CheckCommand.class, ServeCommand.class, ExplainCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cli = commandLine();
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Each spec catches its own; this is for memory running out between specs.
            cli.getErr().println(CliMessages.outOfMemory("hmspec", CompileSupport.maxHeapMb(), "running"));
            cli.getErr().flush();
            return 1;
        }
    }

    /** The configured command line: command-line mistakes found late exit 2, anything unexpected 1, never a stack trace. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError) {
                commandLine.getErr().println(DiagnosticReport.escapeControls("hmspec: " + e.getMessage()));
                return 2;
            }
            commandLine.getErr().println(DiagnosticReport.escapeControls(CliMessages.internal(e)));
            return 1;
        });
        return cli;
    }

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: render, check or serve");
    }
}
