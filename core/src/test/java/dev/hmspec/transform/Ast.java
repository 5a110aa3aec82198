package dev.hmspec.transform;

import dev.hmspec.ast.Expr;
import dev.hmspec.ast.Name;
import dev.hmspec.ast.Transform;
import dev.hmspec.source.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Terse AST builders for tests; each node gets a distinct span so tests can check positions. */
final class Ast {
    private static int next = 0;

    static Span span() { next += 10; return new Span(next, next + 5); }

    static Name name(String s) { return new Name(s, span()); }

    static Expr field(String s) { return new Expr.Field(name(s), span()); }
    static Expr num(double v) { return new Expr.Literal(v, span()); }
    static Expr str(String s) { return new Expr.Literal(s, span()); }
    static Expr nul() { return new Expr.Literal(null, span()); }
    static Expr call(String fn, Expr... args) { return new Expr.Call(name(fn), List.of(args), span()); }
    static Expr bin(Expr.BinaryOp op, Expr l, Expr r) { return new Expr.Binary(op, l, r, span()); }
    static Expr not(Expr e) { return new Expr.Unary(Expr.UnaryOp.NOT, e, span()); }
    static Expr neg(Expr e) { return new Expr.Unary(Expr.UnaryOp.NEG, e, span()); }

    static Transform filter(Expr e) { return new Transform.Filter(e, span()); }
    static Transform derive(String target, Expr e) {
        return new Transform.Derive(List.of(new Transform.Assignment(name(target), e, span())), span());
    }
    static Transform.AggregateOp op(String fn, String field, String as) {
        return new Transform.AggregateOp(name(fn), Optional.ofNullable(field).map(Ast::name), name(as), span());
    }
    static Transform aggregate(List<Transform.AggregateOp> ops, String... by) {
        return new Transform.Aggregate(ops, Arrays.stream(by).map(Ast::name).toList(), span());
    }
    static Transform bin(String field, Integer maxbins, Double step, String as) {
        return new Transform.Bin(name(field), maxbins == null ? OptionalInt.empty() : OptionalInt.of(maxbins),
                step == null ? OptionalDouble.empty() : OptionalDouble.of(step), name(as), span());
    }
    static Transform correlate(String... fields) {
        return new Transform.Correlate(Arrays.stream(fields).map(Ast::name).toList(), name("a"), name("b"), name("r"), span());
    }
    static Transform fold(List<String> fields, String key, String value) {
        return new Transform.Fold(fields.stream().map(Ast::name).toList(), name(key), name(value), span());
    }
    static Transform pivot(String key, String value, List<String> by, String op) {
        return new Transform.Pivot(name(key), name(value), by.stream().map(Ast::name).toList(),
                Optional.ofNullable(op).map(Ast::name), span());
    }
}
