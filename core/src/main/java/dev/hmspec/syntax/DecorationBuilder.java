package dev.hmspec.syntax;

import static dev.hmspec.syntax.AstBuilder.span;

import dev.hmspec.ast.Decoration;
import dev.hmspec.ast.Expr;
import dev.hmspec.ast.Name;
import dev.hmspec.source.Span;
import dev.hmspec.syntax.antlr.HmspecParser.AnnotateStmtContext;
import dev.hmspec.syntax.antlr.HmspecParser.ExprContext;
import dev.hmspec.syntax.antlr.HmspecParser.MarginStmtContext;
import dev.hmspec.syntax.antlr.HmspecParser.MaskStmtContext;
import dev.hmspec.syntax.antlr.HmspecParser.StatementContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** AST records of {@code mask}, {@code annotate} and {@code margin}. */
final class DecorationBuilder {
    private final ExprBuilder exprs;
    private final EncodingBuilder encodings;

    DecorationBuilder(ExprBuilder exprs, EncodingBuilder encodings) {
        this.exprs = exprs;
        this.encodings = encodings;
    }

    /** The decoration a statement is, or null when it is none. */
    Decoration build(StatementContext s, Span span) {
        if (s instanceof MaskStmtContext c) {
            List<Decoration.MaskPart> parts = new ArrayList<>();
            for (ExprContext e : c.expr()) parts.add(part(exprs.expr(e)));
            return new Decoration.Mask(parts, span);
        }
        if (s instanceof AnnotateStmtContext c) {
            return new Decoration.Annotate(c.ROWS() != null, AstBuilder.field(c.field()), encodings.options(c.encodingOptions()),
                    span, span(c.ROWS() != null ? c.ROWS() : c.COLUMNS()));
        }
        if (s instanceof MarginStmtContext c) {
            Optional<Name> field = c.field() == null ? Optional.empty() : Optional.of(AstBuilder.field(c.field()));
            return new Decoration.Margin(AstBuilder.name(c.side), AstBuilder.name(c.function), field,
                    encodings.options(c.encodingOptions()), span);
        }
        return null;
    }

    /** {@code upper}, {@code lower}, {@code diagonal} written bare are triangles; anything else a condition. */
    private static Decoration.MaskPart part(Expr e) {
        if (e instanceof Expr.Field f) {
            for (Decoration.TriangleKind k : Decoration.TriangleKind.values()) {
                if (k.keyword().equals(f.name().text()))
                    return new Decoration.Triangle(k, e.span());
            }
        }
        return new Decoration.Condition(e, e.span());
    }
}
