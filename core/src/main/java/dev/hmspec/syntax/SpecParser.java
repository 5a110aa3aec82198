package dev.hmspec.syntax;

import dev.hmspec.ast.SpecFile;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.source.SourceFile;
import dev.hmspec.syntax.antlr.HmspecLexer;
import dev.hmspec.syntax.antlr.HmspecParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * Stage "parse": {@code SourceFile ──ANTLR──▶ parse tree ──AstBuilder──▶ SpecFile + syntax diagnostics}.
 * ANTLR's error recovery stays on, so one file reports all its syntax errors; the lexer never
 * fails (bad characters become BAD_CHAR tokens the parser reports). A {@link TokenGuard} pass
 * first rejects nesting and numbers the later stages cannot hold, and a {@link RecoveryStrategy}
 * repairs misspelt keywords and unclosed blocks so the statements around them are still checked.
 */
public final class SpecParser {
    private SpecParser() {}

    public static Parsed parse(SourceFile file) {
        return parse(file, java.util.Map.of(), new ArrayList<>());
    }

    /**
     * Parses with parameter values: {@code overrides} replace the spec's {@code param} values
     * ({@code --param}); every {@code $name} use found is added to {@code uses} (ParamTokens).
     */
    public static Parsed parse(SourceFile file, java.util.Map<String, String> overrides, List<dev.hmspec.params.ParamUse> uses) {
        HmspecLexer lexer = new HmspecLexer(CharStreams.fromString(file.text(), file.name()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        TokenGuard.Findings guard = TokenGuard.scan(file, tokens.getTokens());
        if (guard.fatal()) return new Parsed(new SpecFile(file, List.of()), guard.diagnostics());
        List<Diagnostic> params = new ArrayList<>();
        ParamTokens.substitute(file, tokens.getTokens(), overrides, uses, params);
        HmspecParser parser = new HmspecParser(tokens);
        parser.removeErrorListeners();
        SyntaxErrorListener listener = new SyntaxErrorListener(file, tokens);
        parser.addErrorListener(listener);
        parser.setErrorHandler(new RecoveryStrategy(listener));
        HmspecParser.SpecFileContext tree = parser.specFile();
        AstBuilder builder = new AstBuilder(file, guard.badNumbers());
        SpecFile ast = builder.build(tree);
        List<Diagnostic> diagnostics = new ArrayList<>(guard.diagnostics());
        diagnostics.addAll(params);
        diagnostics.addAll(listener.diagnostics());
        if (ast.views().isEmpty() && diagnostics.isEmpty()) diagnostics.add(Messages.emptySpec(file));
        return new Parsed(ast, diagnostics);
    }
}
