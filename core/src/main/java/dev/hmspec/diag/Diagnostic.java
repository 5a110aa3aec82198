package dev.hmspec.diag;

import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding about a spec: where (file + span), how bad, a stable code (HM0xx syntax,
 * HM1xx spec, HM2xx data/binding, HM3xx scale/color, HM9xx internal), the message and an
 * optional help line (did-you-mean, how to fix). Built only through {@link Messages}.
 */
public record Diagnostic(Severity severity, String code, SourceFile file, Span span,
                         String message, Optional<String> help) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(help, "help");
    }

    public boolean isError() { return severity == Severity.ERROR; }
    public int line() { return file.line(span.start()); }
    public int column() { return file.column(span.start()); }
}
