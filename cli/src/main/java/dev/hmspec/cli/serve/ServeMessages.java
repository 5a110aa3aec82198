package dev.hmspec.cli.serve;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Severity;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.util.Optional;

/** The catalog of what the preview server says: its one spec diagnostic (HM902) and its log lines. */
final class ServeMessages {
    private ServeMessages() {}

    static Diagnostic notARegularFile(SourceFile spec, Span span, String path) {
        return new Diagnostic(Severity.ERROR, "HM902", spec, span,
                "data file \"" + path + "\" is not a regular file (a named pipe, device or socket); the preview reads regular files only",
                Optional.of("write the data to a file; `hmspec render` reads other kinds of files"));
    }

    static String rendered(String slug, String ext, long millis) {
        return "rendered " + slug + "." + ext + " in " + millis + " ms";
    }

    static String failed(String slug, long errors, String first) {
        return slug + ": " + errors + (errors == 1 ? " error" : " errors") + "; first: " + first;
    }

    static String crashed(String path, Throwable e) {
        return "failed " + path + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    static String badHost(String host) {
        return "refused a request for host \"" + host + "\" (only localhost, 127.0.0.1 and [::1] are served)";
    }

    static String refreshFailed(String slug, long errors) {
        return "refresh of " + slug + " failed with " + errors + (errors == 1 ? " error" : " errors") + "; the page keeps its data";
    }

    static String refreshed(String slug) { return "refreshed " + slug + ": its data changed, open pages update"; }

    static final String FORBIDDEN_HOST = "forbidden: this preview answers only to localhost, 127.0.0.1 and [::1]\n";
    static final String TOO_MANY_STREAMS = "too many open preview pages\n";
}
