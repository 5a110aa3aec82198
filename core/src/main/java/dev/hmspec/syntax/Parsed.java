package dev.hmspec.syntax;

import dev.hmspec.ast.SpecFile;
import dev.hmspec.ast.View;
import dev.hmspec.diag.Diagnostic;
import java.util.List;

/**
 * The parse result: an AST built from whatever parsed (statements that failed to parse are
 * left out) and the syntax diagnostics. Later stages skip "required statement" checks in a
 * view that had syntax errors, so one typo does not cascade into false errors.
 */
public record Parsed(SpecFile ast, List<Diagnostic> diagnostics) {
    public Parsed { diagnostics = List.copyOf(diagnostics); }

    public boolean hasSyntaxErrorsIn(View view) {
        return diagnostics.stream().anyMatch(d -> d.isError()
                && d.span().start() >= view.span().start() && d.span().start() <= view.span().end());
    }
}
