package dev.hmspec.cli;

import dev.hmspec.cli.serve.PreviewServer;
import dev.hmspec.cli.serve.Workspace;
import dev.hmspec.diag.DiagnosticReport;
import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hmspec serve <dir|spec>}: a live preview on 127.0.0.1 that re-renders and reloads on save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Preview specs in the browser; pages reload when a spec or its data changes.",
                "Listens on the loopback interface only (127.0.0.1). Stop with Ctrl-C."})
final class ServeCommand extends CompileSupport implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "<dir|spec>", description = "A folder of specs (searched recursively) or one spec file.")
    Path input;

    @Option(names = {"-p", "--port"}, paramLabel = "<port>", defaultValue = "8765",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}); 0 picks a free one.")
    int port;

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(input)) throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + input);
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        Workspace workspace = new Workspace(input, this::compile);
        // By default data may come from anywhere under the served folder.
        if (dataRoot == null) dataRoot = workspace.folder();
        PreviewServer server;
        try {
            PrintWriter err = spec.commandLine().getErr();
            server = PreviewServer.start(workspace, port, 250, line -> {
                synchronized (err) {
                    err.println(DiagnosticReport.escapeControls(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + line));
                    err.flush();
                }
            });
        } catch (java.net.BindException e) {
            spec.commandLine().getErr().println("hmspec: port " + port + " is in use; try --port 0 for a free one");
            return 1;
        }
        out.println("serving " + CompileSupport.plural(workspace.slugs().size(), "spec") + " from " + workspace.folder()
                + " at " + server.url() + "  (Ctrl-C to stop)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { server.close(); stopped.countDown(); }));
        stopped.await();
        return 0;
    }
}
