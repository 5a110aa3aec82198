package dev.hmspec.ast;

import dev.hmspec.source.Span;
import java.util.List;

/**
 * The small expression language of {@code filter} and {@code derive}. Kept as plain records
 * so the in-memory evaluator and a future SQL generator can both walk it.
 */
public sealed interface Expr permits Expr.Literal, Expr.Field, Expr.Call, Expr.Unary, Expr.Binary {
    Span span();

    /** A number (Double), string, boolean or null. */
    record Literal(Object value, Span span) implements Expr {}

    record Field(Name name, Span span) implements Expr {}

    record Call(Name function, List<Expr> args, Span span) implements Expr {
        public Call { args = List.copyOf(args); }
    }

    record Unary(UnaryOp op, Expr operand, Span span) implements Expr {}

    record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {}

    enum UnaryOp { NEG, NOT }

    enum BinaryOp {
        MUL("*"), DIV("/"), MOD("%"), ADD("+"), SUB("-"),
        LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!="), AND("and"), OR("or");

        public final String symbol;
        BinaryOp(String symbol) { this.symbol = symbol; }
    }
}
