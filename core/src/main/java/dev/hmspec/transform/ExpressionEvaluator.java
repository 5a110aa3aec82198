package dev.hmspec.transform;

import dev.hmspec.ast.Expr;
import dev.hmspec.data.BooleanColumn;
import dev.hmspec.data.Column;
import dev.hmspec.data.DataMessages;
import dev.hmspec.data.FieldType;
import dev.hmspec.data.NumberColumn;
import dev.hmspec.data.Result;
import dev.hmspec.data.StringColumn;
import dev.hmspec.data.Table;
import dev.hmspec.data.TemporalColumn;
import dev.hmspec.data.Temporals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compiles an {@link Expr} against a table's schema once (names and types checked, all problems
 * collected), giving a {@link Compiled} tree of primitive accessors evaluated per row.
 * Semantics: arithmetic on numbers (temporal − temporal = milliseconds); {@code +} concatenates
 * when either side is a string; comparisons on same-typed values (a string literal compared with
 * a temporal is parsed as a date); {@code ==}/{@code !=} are two-valued and null equals only null;
 * other operators give null on null input, and {@code and}/{@code or} use three-valued logic.
 */
public final class ExpressionEvaluator {
    private final Table table;
    private final StepContext ctx;

    ExpressionEvaluator(Table table, StepContext ctx) {
        this.table = table;
        this.ctx = ctx;
    }

    /** Compiles {@code expr} against {@code table}'s columns. */
    public static Result<Compiled> compile(Expr expr, Table table, String dataName) {
        StepContext ctx = new StepContext(dataName);
        Compiled c = new ExpressionEvaluator(table, ctx).compile(expr);
        return c == null ? Result.failed(ctx.problems()) : Result.of(c, ctx.problems());
    }

    /** The compiled expression, or null after problems were reported. */
    Compiled compile(Expr e) {
        if (e instanceof Expr.Literal l) return literal(l.value());
        if (e instanceof Expr.Field f) return ctx.field(table, f.name()).map(ExpressionEvaluator::column).orElse(null);
        if (e instanceof Expr.Unary u) return unary(u);
        if (e instanceof Expr.Binary b) return Operators.binary(b, compile(b.left()), compile(b.right()), ctx);
        Expr.Call call = (Expr.Call) e;
        List<Compiled> args = new ArrayList<>();
        boolean failed = false;
        for (Expr a : call.args()) {
            Compiled c = compile(a);
            failed |= c == null;
            args.add(c);
        }
        Optional<Functions.Def> def = Functions.find(call.function().text());
        if (def.isEmpty()) {
            ctx.add(DataMessages.unknownFunction(call.function().text(), Functions.names(), call.function().span()));
            return null;
        }
        if (!def.get().accepts(args.size())) {
            ctx.add(DataMessages.wrongArity(call.function().text(), def.get().arityText(), args.size(), call.span()));
            return null;
        }
        return failed ? null : def.get().build(new Functions.Call(call, args, ctx));
    }

    static Compiled literal(Object v) {
        if (v instanceof Number n) { double d = n.doubleValue(); return new Compiled.Num(r -> d); }
        if (v instanceof String s) return new Compiled.Str(r -> s);
        if (v instanceof Boolean b) { int x = b ? 1 : 0; return new Compiled.Bool(r -> x); }
        return new Compiled.Null();
    }

    static Compiled column(Column c) {
        if (c instanceof NumberColumn n) { double[] v = n.values(); return new Compiled.Num(r -> v[r]); }
        if (c instanceof StringColumn s) { String[] v = s.values(); return new Compiled.Str(r -> v[r]); }
        if (c instanceof TemporalColumn t) { long[] v = t.values(); return new Compiled.Time(r -> v[r]); }
        byte[] v = ((BooleanColumn) c).values();
        return new Compiled.Bool(r -> v[r]);
    }

    private Compiled unary(Expr.Unary u) {
        Compiled x = compile(u.operand());
        if (x == null) return null;
        if (x instanceof Compiled.Null) return x;
        if (u.op() == Expr.UnaryOp.NEG && x instanceof Compiled.Num n) return new Compiled.Num(r -> -n.f().at(r));
        if (u.op() == Expr.UnaryOp.NOT && x instanceof Compiled.Bool b) {
            return new Compiled.Bool(r -> { int v = b.f().at(r); return v < 0 ? -1 : 1 - v; });
        }
        String op = u.op() == Expr.UnaryOp.NEG ? "-" : "not";
        ctx.add(DataMessages.operatorTypes(op, "apply to a " + x.type().label(), u.span()));
        return null;
    }

    /** A string literal used where a temporal is expected, parsed once; else the input. */
    static Compiled asTemporal(Expr source, Compiled c) {
        if (c instanceof Compiled.Str && source instanceof Expr.Literal l && l.value() instanceof String s) {
            long t = Temporals.parseAuto(s);
            if (t != Temporals.FAIL) return new Compiled.Time(r -> t);
        }
        return c;
    }

    static String describe(Compiled c) {
        return c.type() == null ? "null" : "a " + c.type().label();
    }

    static boolean isType(Compiled c, FieldType t) { return c.type() == t; }
}
