package dev.hmspec.sql;

import dev.hmspec.ast.Expr;
import dev.hmspec.ast.Expr.BinaryOp;
import dev.hmspec.data.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translates a filter/derive expression to SQL with the in-memory semantics, or returns null when
 * it cannot (an unknown field, a type error, a function without a faithful SQL form): that step
 * then runs in memory, where the reference engine reports any mistake with its did-you-mean.
 * Equality is null-safe ({@code IS NOT DISTINCT FROM}) because {@code x == null} and
 * {@code null == null} are true in hmspec; division by zero gives null (see docs/data-and-engines.md).
 */
final class ExprSql {
    private final Dialect d;
    private final Map<String, SqlColumn> columns;

    ExprSql(Dialect d, Map<String, SqlColumn> columns) {
        this.d = d;
        this.columns = columns;
    }

    private static final Map<String, String> PARTS = Map.of("hours", "hour", "minutes", "minute",
            "weekdaynum", "isodow", "dayofmonth", "day", "month", "month", "year", "year", "dayofyear", "doy");

    Fragment translate(Expr e) {
        if (e instanceof Expr.Literal l) return literal(l.value());
        if (e instanceof Expr.Field f) {
            SqlColumn c = columns.get(f.name().text());
            return c == null ? null : new Fragment("t." + d.quote(c.name()), c.type(), List.of());
        }
        if (e instanceof Expr.Unary u) {
            Fragment x = translate(u.operand());
            if (x == null) return null;
            if (u.op() == Expr.UnaryOp.NEG && x.type() == FieldType.NUMBER) return Fragment.of("(-" + x.sql() + ")", FieldType.NUMBER, x);
            if (u.op() == Expr.UnaryOp.NOT && x.type() == FieldType.BOOLEAN) return Fragment.of("(NOT " + x.sql() + ")", FieldType.BOOLEAN, x);
            return null;
        }
        if (e instanceof Expr.Binary b) return binary(b);
        return call((Expr.Call) e);
    }

    private Fragment literal(Object v) {
        if (v == null) return new Fragment("NULL", null, List.of());
        FieldType t = v instanceof Double ? FieldType.NUMBER : v instanceof Boolean ? FieldType.BOOLEAN : FieldType.STRING;
        List<Object> p = new ArrayList<>();
        p.add(v);
        return new Fragment(d.param(v), t, p);
    }

    private Fragment binary(Expr.Binary b) {
        Fragment l = translate(b.left()), r = translate(b.right());
        if (l == null || r == null) return null;
        BinaryOp op = b.op();
        if (op == BinaryOp.EQ || op == BinaryOp.NE) {
            boolean eq = op == BinaryOp.EQ;
            if (l.type() == null && r.type() == null) return new Fragment(eq ? "TRUE" : "FALSE", FieldType.BOOLEAN, List.of());
            String isNull = eq ? " IS NULL)" : " IS NOT NULL)";
            if (l.type() == null) return Fragment.of("(" + r.sql() + isNull, FieldType.BOOLEAN, r);
            if (r.type() == null) return Fragment.of("(" + l.sql() + isNull, FieldType.BOOLEAN, l);
            if (l.type() != r.type()) return null;
            String distinct = eq ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ";
            return Fragment.of("(" + l.sql() + distinct + r.sql() + ")", FieldType.BOOLEAN, l, r);
        }
        if (l.type() == null || r.type() == null) return null; // null arithmetic: rare, left to memory
        if (op == BinaryOp.AND || op == BinaryOp.OR) {
            if (l.type() != FieldType.BOOLEAN || r.type() != FieldType.BOOLEAN) return null;
            return Fragment.of("(" + l.sql() + " " + op.name() + " " + r.sql() + ")", FieldType.BOOLEAN, l, r);
        }
        boolean compare = op == BinaryOp.LT || op == BinaryOp.LE || op == BinaryOp.GT || op == BinaryOp.GE;
        if (compare && l.type() == r.type()) {
            String suffix = "";
            if (l.type() == FieldType.STRING) {
                suffix = d.binaryCollation();
                if (suffix == null) return null;
            } else if (l.type() == FieldType.BOOLEAN) return null;
            return Fragment.of("(" + l.sql() + suffix + " " + op.symbol + " " + r.sql() + suffix + ")", FieldType.BOOLEAN, l, r);
        }
        if (l.type() == FieldType.NUMBER && r.type() == FieldType.NUMBER) {
            switch (op) {
                case ADD: case SUB: case MUL:
                    return Fragment.of("(" + l.sql() + " " + op.symbol + " " + r.sql() + ")", FieldType.NUMBER, l, r);
                case DIV:
                    return Fragment.of("(" + l.sql() + " / NULLIF(" + r.sql() + ", 0))", FieldType.NUMBER, l, r);
                default:
                    return null;
            }
        }
        if (op == BinaryOp.ADD && l.type() == FieldType.STRING && r.type() == FieldType.STRING) {
            return Fragment.of("(" + l.sql() + " || " + r.sql() + ")", FieldType.STRING, l, r);
        }
        if (op == BinaryOp.SUB && l.type() == FieldType.TEMPORAL && r.type() == FieldType.TEMPORAL) {
            String a = d.epochMillis(l.sql()), c = d.epochMillis(r.sql());
            if (a == null) return null;
            return Fragment.of("CAST(" + a + " - " + c + " AS " + d.doubleType() + ")", FieldType.NUMBER, l, r);
        }
        return null;
    }

    private Fragment call(Expr.Call c) {
        String fn = c.function().text().toLowerCase(Locale.ROOT);
        List<Fragment> args = new ArrayList<>();
        for (Expr a : c.args()) {
            Fragment f = translate(a);
            if (f == null) return null;
            args.add(f);
        }
        if (args.size() != 1) return null;
        Fragment x = args.get(0);
        if (fn.equals("isnull") || fn.equals("isvalid")) {
            if (x.type() == null) return new Fragment(fn.equals("isnull") ? "TRUE" : "FALSE", FieldType.BOOLEAN, List.of());
            return Fragment.of("(" + x.sql() + (fn.equals("isnull") ? " IS NULL)" : " IS NOT NULL)"), FieldType.BOOLEAN, x);
        }
        if (x.type() == FieldType.TEMPORAL) {
            String part = PARTS.get(fn);
            if (part != null) {
                String s = d.datePart(part, x.sql());
                return s == null ? null : Fragment.of(s, FieldType.NUMBER, x);
            }
            if (fn.equals("weekday") || fn.equals("monthname")) {
                String s = d.shortName(fn.equals("weekday"), x.sql());
                return s == null ? null : Fragment.of(s, FieldType.STRING, x);
            }
            if (fn.equals("date")) return Fragment.of("CAST(date_trunc('day', " + x.sql() + ") AS TIMESTAMP)", FieldType.TEMPORAL, x);
            return null;
        }
        if (x.type() == FieldType.NUMBER) {
            switch (fn) {
                case "abs": return Fragment.of("ABS(" + x.sql() + ")", FieldType.NUMBER, x);
                case "floor": return Fragment.of("FLOOR(" + x.sql() + ")", FieldType.NUMBER, x);
                case "ceil": return Fragment.of("CEIL(" + x.sql() + ")", FieldType.NUMBER, x);
                case "round": return Fragment.of("FLOOR(" + x.sql() + " + 0.5)", FieldType.NUMBER, x); // half up, as in memory
                default: return null;
            }
        }
        if (x.type() == FieldType.STRING) {
            switch (fn) {
                case "lower": return Fragment.of("LOWER(" + x.sql() + ")", FieldType.STRING, x);
                case "upper": return Fragment.of("UPPER(" + x.sql() + ")", FieldType.STRING, x);
                case "length": return Fragment.of("CAST(LENGTH(" + x.sql() + ") AS " + d.doubleType() + ")", FieldType.NUMBER, x);
                default: return null;
            }
        }
        return null;
    }
}
