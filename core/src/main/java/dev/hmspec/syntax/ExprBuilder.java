package dev.hmspec.syntax;

import static dev.hmspec.syntax.AstBuilder.span;

import dev.hmspec.ast.Expr;
import dev.hmspec.syntax.antlr.HmspecLexer;
import dev.hmspec.syntax.antlr.HmspecParser.*;
import java.util.ArrayList;
import java.util.List;

/** Expression subtrees → {@link Expr} records. */
final class ExprBuilder {

    Expr expr(ExprContext e) {
        if (e instanceof ParenExprContext p) return expr(p.expr());
        if (e instanceof CallExprContext c) {
            List<Expr> args = new ArrayList<>();
            for (ExprContext a : c.expr()) args.add(expr(a));
            return new Expr.Call(AstBuilder.name(c.name()), args, span(e));
        }
        if (e instanceof UnaryExprContext u) {
            Expr.UnaryOp op = u.op.getType() == HmspecLexer.MINUS ? Expr.UnaryOp.NEG : Expr.UnaryOp.NOT;
            return new Expr.Unary(op, expr(u.expr()), span(e));
        }
        if (e instanceof MulExprContext m) return binary(m.op.getType(), m.expr(0), m.expr(1), e);
        if (e instanceof AddExprContext a) return binary(a.op.getType(), a.expr(0), a.expr(1), e);
        if (e instanceof CompareExprContext c) return binary(c.op.getType(), c.expr(0), c.expr(1), e);
        if (e instanceof EqualExprContext q) return binary(q.op.getType(), q.expr(0), q.expr(1), e);
        if (e instanceof AndExprContext a) return new Expr.Binary(Expr.BinaryOp.AND, expr(a.expr(0)), expr(a.expr(1)), span(e));
        if (e instanceof OrExprContext o) return new Expr.Binary(Expr.BinaryOp.OR, expr(o.expr(0)), expr(o.expr(1)), span(e));
        if (e instanceof LiteralExprContext l) return new Expr.Literal(literal(l.literal()), span(e));
        FieldExprContext f = (FieldExprContext) e;
        return new Expr.Field(AstBuilder.field(f.field()), span(e));
    }

    private Expr binary(int token, ExprContext l, ExprContext r, ExprContext whole) {
        Expr.BinaryOp op = switch (token) {
            case HmspecLexer.STAR -> Expr.BinaryOp.MUL;
            case HmspecLexer.SLASH -> Expr.BinaryOp.DIV;
            case HmspecLexer.PERCENT -> Expr.BinaryOp.MOD;
            case HmspecLexer.PLUS -> Expr.BinaryOp.ADD;
            case HmspecLexer.MINUS -> Expr.BinaryOp.SUB;
            case HmspecLexer.LT -> Expr.BinaryOp.LT;
            case HmspecLexer.LE -> Expr.BinaryOp.LE;
            case HmspecLexer.GT -> Expr.BinaryOp.GT;
            case HmspecLexer.GE -> Expr.BinaryOp.GE;
            case HmspecLexer.EQEQ -> Expr.BinaryOp.EQ;
            default -> Expr.BinaryOp.NE;
        };
        return new Expr.Binary(op, expr(l), expr(r), span(whole));
    }

    /** A literal's value: Double, String, Boolean or null. */
    static Object literal(LiteralContext l) {
        if (l.signedNumber() != null) return AstBuilder.signedNumber(l.signedNumber());
        if (l.STRING() != null) return Literals.string(l.STRING().getText());
        if (l.TRUE() != null) return Boolean.TRUE;
        if (l.FALSE() != null) return Boolean.FALSE;
        return null;
    }
}
