package dev.hmspec.transform;

import dev.hmspec.ast.Expr;
import dev.hmspec.ast.Expr.BinaryOp;
import dev.hmspec.data.DataMessages;
import dev.hmspec.data.TemporalColumn;
import java.util.Objects;

/** Binary operators over compiled operands (see {@link ExpressionEvaluator} for the semantics). */
final class Operators {
    private Operators() {}

    static Compiled binary(Expr.Binary b, Compiled left, Compiled right, StepContext ctx) {
        if (left == null || right == null) return null;
        BinaryOp op = b.op();
        if (op == BinaryOp.EQ || op == BinaryOp.NE) return equality(b, left, right, ctx);
        if (op == BinaryOp.AND || op == BinaryOp.OR) return logic(b, left, right, ctx);
        if (left instanceof Compiled.Time || right instanceof Compiled.Time) {
            left = ExpressionEvaluator.asTemporal(b.left(), left);
            right = ExpressionEvaluator.asTemporal(b.right(), right);
        }
        if (op == BinaryOp.ADD && (left instanceof Compiled.Str || right instanceof Compiled.Str)) {
            Compiled l = left, r = right;
            return new Compiled.Str(i -> {
                String a = l.text(i), c = r.text(i);
                return a == null || c == null ? null : a + c;
            });
        }
        if (left instanceof Compiled.Num l && right instanceof Compiled.Num r) return numeric(op, l.f(), r.f());
        if (left instanceof Compiled.Time l && right instanceof Compiled.Time r) {
            if (op == BinaryOp.SUB) {
                return new Compiled.Num(i -> {
                    long a = l.f().at(i), c = r.f().at(i);
                    return a == TemporalColumn.NULL || c == TemporalColumn.NULL ? Double.NaN : a - c;
                });
            }
            if (isComparison(op)) return compare(op, i -> {
                long a = l.f().at(i), c = r.f().at(i);
                return a == TemporalColumn.NULL || c == TemporalColumn.NULL ? NULL_CMP : Long.compare(a, c);
            });
        }
        if (left instanceof Compiled.Str l && right instanceof Compiled.Str r && isComparison(op)) {
            return compare(op, i -> {
                String a = l.f().at(i), c = r.f().at(i);
                return a == null || c == null ? NULL_CMP : Integer.signum(a.compareTo(c));
            });
        }
        if (left instanceof Compiled.Null || right instanceof Compiled.Null) return new Compiled.Null();
        ctx.add(DataMessages.operatorTypes(op.symbol, "combine " + ExpressionEvaluator.describe(left) + " and "
                + ExpressionEvaluator.describe(right), b.span()));
        return null;
    }

    private static final int NULL_CMP = Integer.MIN_VALUE;

    private static boolean isComparison(BinaryOp op) {
        return op == BinaryOp.LT || op == BinaryOp.LE || op == BinaryOp.GT || op == BinaryOp.GE;
    }

    private static Compiled numeric(BinaryOp op, Compiled.DoubleAt l, Compiled.DoubleAt r) {
        switch (op) {
            case ADD: return new Compiled.Num(i -> l.at(i) + r.at(i));
            case SUB: return new Compiled.Num(i -> l.at(i) - r.at(i));
            case MUL: return new Compiled.Num(i -> l.at(i) * r.at(i));
            case DIV: return new Compiled.Num(i -> l.at(i) / r.at(i));
            case MOD: return new Compiled.Num(i -> l.at(i) % r.at(i));
            default: return compare(op, i -> {
                double a = l.at(i), c = r.at(i);
                return Double.isNaN(a) || Double.isNaN(c) ? NULL_CMP : Double.compare(a, c);
            });
        }
    }

    private static Compiled compare(BinaryOp op, Compiled.ByteAt cmp) {
        return new Compiled.Bool(i -> {
            int c = cmp.at(i);
            if (c == NULL_CMP) return -1;
            boolean v = switch (op) {
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                default -> c >= 0;
            };
            return v ? 1 : 0;
        });
    }

    private static Compiled equality(Expr.Binary b, Compiled left, Compiled right, StepContext ctx) {
        int same = b.op() == BinaryOp.EQ ? 1 : 0;
        if (left instanceof Compiled.Null || right instanceof Compiled.Null) {
            Compiled other = left instanceof Compiled.Null ? right : left;
            return new Compiled.Bool(i -> other.isNull(i) ? same : 1 - same);
        }
        if (left instanceof Compiled.Time || right instanceof Compiled.Time) {
            left = ExpressionEvaluator.asTemporal(b.left(), left);
            right = ExpressionEvaluator.asTemporal(b.right(), right);
        }
        if (left.type() != right.type()) {
            ctx.add(DataMessages.operatorTypes(b.op().symbol, "compare " + ExpressionEvaluator.describe(left) + " with "
                    + ExpressionEvaluator.describe(right), b.span()));
            return null;
        }
        if (left instanceof Compiled.Num l && right instanceof Compiled.Num r) {
            return new Compiled.Bool(i -> {
                double x = l.f().at(i), y = r.f().at(i);
                boolean eq = Double.isNaN(x) ? Double.isNaN(y) : x == y;
                return eq ? same : 1 - same;
            });
        }
        Compiled l = left, r = right;
        return new Compiled.Bool(i -> Objects.equals(l.text(i), r.text(i)) ? same : 1 - same);
    }

    private static Compiled logic(Expr.Binary b, Compiled left, Compiled right, StepContext ctx) {
        Compiled.ByteAt l = bool(b.left(), left, b.op().symbol, ctx), r = bool(b.right(), right, b.op().symbol, ctx);
        if (l == null || r == null) return null;
        if (b.op() == BinaryOp.AND) {
            return new Compiled.Bool(i -> {
                int x = l.at(i);
                if (x == 0) return 0;
                int y = r.at(i);
                return y == 0 ? 0 : (x < 0 || y < 0) ? -1 : 1;
            });
        }
        return new Compiled.Bool(i -> {
            int x = l.at(i);
            if (x == 1) return 1;
            int y = r.at(i);
            return y == 1 ? 1 : (x < 0 || y < 0) ? -1 : 0;
        });
    }

    private static Compiled.ByteAt bool(Expr source, Compiled c, String op, StepContext ctx) {
        if (c instanceof Compiled.Bool b) return b.f();
        if (c instanceof Compiled.Null) return i -> -1;
        ctx.add(DataMessages.conditionNotBoolean("each side of \"" + op + "\"", c.type(), source.span()));
        return null;
    }
}
