package dev.hmspec.cli;

import dev.hmspec.diag.DiagnosticReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One status line on stderr while a run works ("[3/40] specs/big.hmspec: rendering png… 6 s"),
 * shown only when stderr is a terminal and only once the run has taken two seconds, so quick
 * runs, CI logs and pipes see nothing. Everything else the run prints goes through
 * {@link #println}, which erases the status line first so the two never mix, and makes control
 * characters (from file names, titles, data) visible instead of letting them reach the terminal.
 */
final class Progress implements AutoCloseable {
    private static final String ERASE = "\r\u001b[K";

    private final PrintWriter err;
    private final ScheduledExecutorService ticker;
    private int done, total;
    private Object spec;
    private String stage;
    private long stageStarted;
    private boolean showing;
    private String shown = "";

    Progress(PrintWriter err, boolean enabled, long delayMillis, long periodMillis) {
        this.err = err;
        this.ticker = enabled ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hmspec-progress");
            t.setDaemon(true);
            return t;
        }) : null;
        if (ticker != null) ticker.scheduleAtFixedRate(this::show, delayMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Progress for an interactive run: on when stderr is a terminal. */
    static Progress forTerminal(PrintWriter err) {
        return new Progress(err, stderrIsTerminal(), 2000, 250);
    }

    synchronized void at(int done, int total, Object spec, String stage) {
        if (spec != this.spec) stageStarted = System.nanoTime();
        this.done = done;
        this.total = total;
        this.spec = spec;
        this.stage = stage;
    }

    synchronized void println(PrintWriter out, String text) {
        erase();
        out.print(DiagnosticReport.escapeControls(text.endsWith("\n") ? text : text + "\n"));
        out.flush();
    }

    private synchronized void show() {
        if (spec == null) return;
        String line = DiagnosticReport.escapeControls(CliMessages.progress(done, total, spec, stage, (System.nanoTime() - stageStarted) / 1e9));
        if (showing && line.equals(shown)) return; // redraw only when the text changes: quiet over slow links
        err.print((showing ? ERASE : "\r") + line);
        err.flush();
        shown = line;
        showing = true;
    }

    private void erase() {
        if (!showing) return;
        err.print(ERASE);
        err.flush();
        showing = false;
    }

    @Override public synchronized void close() {
        if (ticker != null) ticker.shutdownNow();
        erase();
    }

    /** Linux names the terminal behind fd 2; elsewhere a console means an interactive session. */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) return false;
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
