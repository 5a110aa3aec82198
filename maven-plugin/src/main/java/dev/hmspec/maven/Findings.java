package dev.hmspec.maven;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.DiagnosticReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Collects the diagnostics of a goal's specs, logs each spec's report at its severity, and
 * turns them into the build failure: the message lists every diagnostic's
 * {@code path:line:col: error[HMxxx]: message} line, so the failure summary alone says what to fix.
 * A report that an earlier goal of the same build already logged word for word (check, then
 * render) is not logged again.
 */
final class Findings {
    /** Headlines listed in the failure message: the log above has the rest (capped per file too). */
    private static final int LIMIT = DiagnosticReport.DEFAULT_LIMIT;

    private final Map<String, String> logged;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();
    private int failedSpecs;

    /** {@code logged}: spec path → report already in the log, shared by the goals of one build. */
    Findings(Map<String, String> logged) {
        this.logged = logged;
    }

    void add(String spec, List<Diagnostic> diagnostics, String report, boolean failed, Log log) {
        if (failed) failedSpecs++;
        for (Diagnostic d : diagnostics) (d.isError() ? errors : warnings).add(d);
        if (report.isEmpty() || report.equals(logged.put(spec, report))) return;
        String text = DiagnosticReport.escapeControls(report.endsWith("\n") ? report.substring(0, report.length() - 1) : report);
        if (failed) log.error(text); else log.warn(text);
    }

    /** Throws when anything failed, or when warnings count as failures. */
    void failIfNeeded(String goal, int specs, boolean failOnWarning) throws MojoFailureException {
        boolean warningsFail = failOnWarning && !warnings.isEmpty();
        if (failedSpecs == 0 && !warningsFail) return;
        StringBuilder m = new StringBuilder("hmspec:" + goal + ": ");
        m.append(AbstractSpecMojo.plural(failedSpecs, "spec")).append(" of ").append(specs).append(" failed with ")
         .append(AbstractSpecMojo.plural(errors.size(), "error"));
        if (!warnings.isEmpty()) m.append(" and ").append(AbstractSpecMojo.plural(warnings.size(), "warning"));
        if (warningsFail) m.append(" (failOnWarning is set)");
        m.append(':');
        List<Diagnostic> listed = new ArrayList<>(errors);
        if (warningsFail) listed.addAll(warnings);
        for (Diagnostic d : listed.subList(0, Math.min(LIMIT, listed.size()))) m.append("\n  ").append(SpecCompiler.headline(d));
        if (listed.size() > LIMIT) m.append(PluginMessages.more(listed.size() - LIMIT));
        throw new MojoFailureException(m.toString());
    }
}
