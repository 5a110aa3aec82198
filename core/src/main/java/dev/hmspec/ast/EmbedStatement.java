package dev.hmspec.ast;

import dev.hmspec.source.Span;
import java.util.List;
import java.util.Optional;

/** Statements about how a view looks and what it is parameterized by: {@code theme}, {@code param}. */
public sealed interface EmbedStatement extends Statement permits EmbedStatement.ThemeDecl, EmbedStatement.ParamDecl {

    /** {@code theme dark} (a built-in, {@code quoted} false) or {@code theme "brand.theme"} (a file). */
    record ThemeDecl(String name, boolean quoted, Span span, Span nameSpan) implements EmbedStatement {}

    /**
     * {@code param year = 2024 bind range 2000, 2024, 1}: the value is the effective one (a
     * {@code --param} override already applied), a Double, String or Boolean.
     */
    record ParamDecl(Name name, Object value, Span valueSpan, Optional<Bind> bind, Span span) implements EmbedStatement {}

    /** {@code bind select "a", "b"}: the control kind and its literal arguments. */
    record Bind(Name kind, List<Object> args, Span span) {
        public Bind { args = List.copyOf(args); }
    }
}
