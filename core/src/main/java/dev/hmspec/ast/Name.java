package dev.hmspec.ast;

import dev.hmspec.source.Span;
import java.util.Objects;

/** An identifier, keyword argument or field name as written, with its position. */
public record Name(String text, Span span) {
    public Name { Objects.requireNonNull(text, "text"); Objects.requireNonNull(span, "span"); }
}
