package dev.hmspec.syntax;

import dev.hmspec.ast.EmbedStatement;
import dev.hmspec.ast.Name;
import dev.hmspec.source.Span;
import dev.hmspec.syntax.antlr.HmspecParser.LiteralContext;
import dev.hmspec.syntax.antlr.HmspecParser.ParamStmtContext;
import dev.hmspec.syntax.antlr.HmspecParser.StatementContext;
import dev.hmspec.syntax.antlr.HmspecParser.ThemeStmtContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parse tree → {@code theme} and {@code param} statements (kept apart from AstBuilder to keep merges simple). */
final class EmbedBuilder {
    private EmbedBuilder() {}

    static EmbedStatement statement(StatementContext s, Span span) {
        if (s instanceof ThemeStmtContext c) {
            if (c.STRING() != null)
                return new EmbedStatement.ThemeDecl(Literals.string(c.STRING().getText()), true, span, AstBuilder.span(c.STRING().getSymbol()));
            return new EmbedStatement.ThemeDecl(c.name().getText(), false, span, AstBuilder.span(c.name()));
        }
        ParamStmtContext c = (ParamStmtContext) s;
        Optional<EmbedStatement.Bind> bind = Optional.empty();
        if (c.paramBind() != null) {
            List<Object> args = new ArrayList<>();
            for (LiteralContext l : c.paramBind().literal()) args.add(ExprBuilder.literal(l));
            bind = Optional.of(new EmbedStatement.Bind(new Name(c.paramBind().name().getText(), AstBuilder.span(c.paramBind().name())),
                    args, AstBuilder.span(c.paramBind())));
        }
        return new EmbedStatement.ParamDecl(new Name(c.name().getText(), AstBuilder.span(c.name())), ExprBuilder.literal(c.literal()),
                AstBuilder.span(c.literal()), bind, span);
    }
}
