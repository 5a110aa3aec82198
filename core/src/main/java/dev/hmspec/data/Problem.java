package dev.hmspec.data;

import dev.hmspec.source.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding while reading or transforming data. The compiler adds the spec file and turns it
 * into a {@code Diagnostic}; this package never sees source files. Built only by {@link DataMessages}.
 */
public record Problem(String code, String message, Optional<String> help, Span span, boolean warning) {
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(span, "span");
    }

    public boolean isError() { return !warning; }
}
