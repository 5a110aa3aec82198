package dev.hmspec.diag;

import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of every user-facing diagnostic (Vega-Lite's log/message.ts habit): one factory
 * per kind, each with a stable code. HM0xx syntax, HM1xx spec rules, HM2xx data and fields,
 * HM3xx scales and colors, HM9xx internal.
 */
public final class Messages {
    private Messages() {}

    public static String quote(String s) { return "\"" + s + "\""; }

    static Diagnostic error(String code, SourceFile f, Span s, String message, Optional<String> help) {
        return new Diagnostic(Severity.ERROR, code, f, s, message, help);
    }

    static Diagnostic warning(String code, SourceFile f, Span s, String message, Optional<String> help) {
        return new Diagnostic(Severity.WARNING, code, f, s, message, help);
    }

    static String list(Collection<String> names, int max) {
        List<String> l = List.copyOf(names);
        String shown = String.join(", ", l.subList(0, Math.min(max, l.size())));
        return l.size() > max ? shown + ", …" : shown;
    }

    // ---- HM9xx internal ------------------------------------------------------------------

    public static Diagnostic internalError(SourceFile f, String stage, Throwable t) {
        String what = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return error("HM900", f, Span.NONE, "internal error while " + stage + " (" + what + ")",
                Optional.of("this is a bug in hmspec, not in your spec; please report it with the spec that caused it"));
    }

    public static Diagnostic cannotReadSpec(SourceFile f, String reason) {
        return error("HM901", f, Span.NONE, "cannot read spec file: " + reason, Optional.empty());
    }
}
