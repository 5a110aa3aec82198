package dev.hmspec.transform;

import dev.hmspec.ast.Expr;
import dev.hmspec.data.DataMessages;
import dev.hmspec.data.TemporalColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.LongToDoubleFunction;

/**
 * The expression functions. Temporal parts are computed in UTC by arithmetic on epoch millis.
 * substring(s, start, length) counts from 0; concat skips nulls; min/max take two or more numbers.
 */
final class Functions {
    private Functions() {}

    /** A call being built: the AST node, compiled arguments, and where to report problems. */
    record Call(Expr.Call node, List<Compiled> args, StepContext ctx) {
        Compiled arg(int i) { return args.get(i); }

        /** The argument as a number accessor, or null after reporting its type. */
        Compiled.DoubleAt num(int i) {
            if (arg(i) instanceof Compiled.Num n) return n.f();
            if (arg(i) instanceof Compiled.Null) return r -> Double.NaN;
            return wrong(i, "a number");
        }

        Compiled.LongAt time(int i) {
            Compiled c = ExpressionEvaluator.asTemporal(node.args().get(i), arg(i));
            if (c instanceof Compiled.Time t) return t.f();
            if (c instanceof Compiled.Null) return r -> TemporalColumn.NULL;
            return wrong(i, "a temporal");
        }

        Compiled.StringAt str(int i) {
            if (arg(i) instanceof Compiled.Str s) return s.f();
            if (arg(i) instanceof Compiled.Null) return r -> null;
            return wrong(i, "a string");
        }

        <T> T wrong(int i, String expected) {
            ctx.add(DataMessages.wrongArgumentType(node.function().text(), i + 1, expected, arg(i).type(), node.args().get(i).span()));
            return null;
        }
    }

    record Def(int min, int max, Function<Call, Compiled> builder) {
        boolean accepts(int n) { return n >= min && n <= max; }

        String arityText() {
            String s = min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? min + " or more" : min + " or " + max;
            return s + (min == 1 && max == 1 ? " argument" : " arguments");
        }

        Compiled build(Call c) { return builder.apply(c); }
    }

    private static final Map<String, Def> DEFS = new LinkedHashMap<>();
    private static final long DAY = 86_400_000L;
    static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    static Optional<Def> find(String name) { return Optional.ofNullable(DEFS.get(name.toLowerCase(Locale.ROOT))); }

    private static final List<String> NAMES = new ArrayList<>();

    /** Names as documented (toDate), for did-you-mean; lookup ignores case. */
    static List<String> names() { return List.copyOf(NAMES); }

    private static void def(String name, int min, int max, Function<Call, Compiled> b) {
        DEFS.put(name.toLowerCase(Locale.ROOT), new Def(min, max, b));
        NAMES.add(name);
    }

    private static void timePart(String name, LongToDoubleFunction part) {
        def(name, 1, 1, c -> {
            Compiled.LongAt t = c.time(0);
            return t == null ? null : new Compiled.Num(r -> { long v = t.at(r); return v == TemporalColumn.NULL ? Double.NaN : part.applyAsDouble(v); });
        });
    }

    private static void math(String name, DoubleUnaryOperator f) {
        def(name, 1, 1, c -> { Compiled.DoubleAt x = c.num(0); return x == null ? null : new Compiled.Num(r -> f.applyAsDouble(x.at(r))); });
    }

    private static void fold(String name, DoubleBinaryOperator f) {
        def(name, 2, Integer.MAX_VALUE, c -> {
            Compiled.DoubleAt[] xs = new Compiled.DoubleAt[c.args().size()];
            for (int i = 0; i < xs.length; i++) if ((xs[i] = c.num(i)) == null) return null;
            return new Compiled.Num(r -> {
                double acc = xs[0].at(r);
                for (int i = 1; i < xs.length; i++) acc = f.applyAsDouble(acc, xs[i].at(r));
                return acc;
            });
        });
    }

    private static LocalDate day(long t) { return LocalDate.ofEpochDay(Math.floorDiv(t, DAY)); }

    static {
        timePart("hours", t -> Math.floorMod(t, DAY) / 3_600_000L);
        timePart("minutes", t -> Math.floorMod(t, DAY) / 60_000L % 60);
        timePart("weekdaynum", t -> Math.floorMod(Math.floorDiv(t, DAY) + 3, 7) + 1); // 1970-01-01 was a Thursday
        timePart("dayofmonth", t -> day(t).getDayOfMonth());
        timePart("month", t -> day(t).getMonthValue());
        timePart("year", t -> day(t).getYear());
        timePart("dayofyear", t -> day(t).getDayOfYear());
        def("weekday", 1, 1, c -> {
            Compiled.LongAt t = c.time(0);
            return t == null ? null : new Compiled.Str(r -> { long v = t.at(r);
                return v == TemporalColumn.NULL ? null : WEEKDAYS[(int) Math.floorMod(Math.floorDiv(v, DAY) + 3, 7)]; });
        });
        def("monthname", 1, 1, c -> {
            Compiled.LongAt t = c.time(0);
            return t == null ? null : new Compiled.Str(r -> { long v = t.at(r);
                return v == TemporalColumn.NULL ? null : MONTHS[day(v).getMonthValue() - 1]; });
        });
        def("date", 1, 1, c -> {
            Compiled.LongAt t = c.time(0);
            return t == null ? null : new Compiled.Time(r -> { long v = t.at(r); return v == TemporalColumn.NULL ? v : Math.floorDiv(v, DAY) * DAY; });
        });
        math("abs", Math::abs);
        math("sqrt", Math::sqrt);
        math("log", Math::log);
        math("log10", Math::log10);
        math("exp", Math::exp);
        math("round", x -> Math.floor(x + 0.5)); // half up, like JavaScript's Math.round; NaN stays NaN
        math("floor", Math::floor);
        math("ceil", Math::ceil);
        fold("min", Math::min);
        fold("max", Math::max);
        def("pow", 2, 2, c -> {
            Compiled.DoubleAt a = c.num(0), b = c.num(1);
            return a == null || b == null ? null : new Compiled.Num(r -> Math.pow(a.at(r), b.at(r)));
        });
        def("isnull", 1, 1, c -> { Compiled x = c.arg(0); return new Compiled.Bool(r -> x.isNull(r) ? 1 : 0); });
        def("isvalid", 1, 1, c -> { Compiled x = c.arg(0); return new Compiled.Bool(r -> x.isNull(r) ? 0 : 1); });
        def("if", 3, 3, Conditionals::ifThenElse);
        def("lower", 1, 1, c -> { Compiled.StringAt s = c.str(0); return s == null ? null : new Compiled.Str(r -> { String v = s.at(r); return v == null ? null : v.toLowerCase(Locale.ROOT); }); });
        def("upper", 1, 1, c -> { Compiled.StringAt s = c.str(0); return s == null ? null : new Compiled.Str(r -> { String v = s.at(r); return v == null ? null : v.toUpperCase(Locale.ROOT); }); });
        def("length", 1, 1, c -> { Compiled.StringAt s = c.str(0); return s == null ? null : new Compiled.Num(r -> { String v = s.at(r); return v == null ? Double.NaN : v.length(); }); });
        def("substring", 3, 3, c -> {
            Compiled.StringAt s = c.str(0);
            Compiled.DoubleAt start = c.num(1), len = c.num(2);
            if (s == null || start == null || len == null) return null;
            return new Compiled.Str(r -> {
                String v = s.at(r);
                double a = start.at(r), n = len.at(r);
                if (v == null || Double.isNaN(a) || Double.isNaN(n)) return null;
                int from = (int) Math.max(0, Math.min(v.length(), a));
                return v.substring(from, (int) Math.max(from, Math.min(v.length(), from + n)));
            });
        });
        def("concat", 1, Integer.MAX_VALUE, c -> new Compiled.Str(r -> {
            StringBuilder b = new StringBuilder();
            for (Compiled a : c.args()) { String t = a.text(r); if (t != null) b.append(t); }
            return b.toString();
        }));
        def("string", 1, 1, c -> { Compiled x = c.arg(0); return new Compiled.Str(x::text); });
        def("number", 1, 1, Conditionals::toNumber);
        def("toDate", 1, 1, Conditionals::toDate);
    }
}
