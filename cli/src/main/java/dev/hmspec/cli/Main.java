package dev.hmspec.cli;

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
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("hmspec: internal error (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report it");
            return 1;
        });
        return cli.execute(args);
    }

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: render, check or serve");
    }
}
