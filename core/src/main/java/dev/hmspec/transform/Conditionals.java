package dev.hmspec.transform;

import dev.hmspec.data.DataMessages;
import dev.hmspec.data.Numbers;
import dev.hmspec.data.TemporalColumn;
import dev.hmspec.data.Temporals;

/** if(), number() and toDate(): the functions whose result type depends on their arguments. */
final class Conditionals {
    private Conditionals() {}

    static Compiled ifThenElse(Functions.Call c) {
        Compiled cond = c.arg(0), a = c.arg(1), b = c.arg(2);
        Compiled.ByteAt test;
        if (cond instanceof Compiled.Bool x) test = x.f();
        else if (cond instanceof Compiled.Null) test = r -> -1;
        else return c.wrong(0, "true/false");
        if (a instanceof Compiled.Null && b instanceof Compiled.Null) return a;
        if (a instanceof Compiled.Null) a = nullOf(b);
        if (b instanceof Compiled.Null) b = nullOf(a);
        if (a.type() != b.type()) {
            c.ctx().add(DataMessages.branchTypes(a.type(), b.type(), c.node().span()));
            return null;
        }
        if (a instanceof Compiled.Num x && b instanceof Compiled.Num y) return new Compiled.Num(r -> test.at(r) == 1 ? x.f().at(r) : y.f().at(r));
        if (a instanceof Compiled.Str x && b instanceof Compiled.Str y) return new Compiled.Str(r -> test.at(r) == 1 ? x.f().at(r) : y.f().at(r));
        if (a instanceof Compiled.Time x && b instanceof Compiled.Time y) return new Compiled.Time(r -> test.at(r) == 1 ? x.f().at(r) : y.f().at(r));
        Compiled.Bool x = (Compiled.Bool) a, y = (Compiled.Bool) b;
        return new Compiled.Bool(r -> test.at(r) == 1 ? x.f().at(r) : y.f().at(r));
    }

    private static Compiled nullOf(Compiled like) {
        if (like instanceof Compiled.Num) return new Compiled.Num(r -> Double.NaN);
        if (like instanceof Compiled.Str) return new Compiled.Str(r -> null);
        if (like instanceof Compiled.Time) return new Compiled.Time(r -> TemporalColumn.NULL);
        return new Compiled.Bool(r -> -1);
    }

    /** Strings are parsed (null when not a number), booleans are 1/0, temporals epoch millis. */
    static Compiled toNumber(Functions.Call c) {
        Compiled x = c.arg(0);
        if (x instanceof Compiled.Num || x instanceof Compiled.Null) return x instanceof Compiled.Null ? nullOf(new Compiled.Num(r -> 0)) : x;
        if (x instanceof Compiled.Str s) return new Compiled.Num(r -> { String v = s.f().at(r); return v == null ? Double.NaN : Numbers.parse(v); });
        if (x instanceof Compiled.Time t) return new Compiled.Num(r -> { long v = t.f().at(r); return v == TemporalColumn.NULL ? Double.NaN : v; });
        Compiled.Bool b = (Compiled.Bool) x;
        return new Compiled.Num(r -> { int v = b.f().at(r); return v < 0 ? Double.NaN : v; });
    }

    /** Strings in the automatic date forms (null when not a date); numbers are epoch millis. */
    static Compiled toDate(Functions.Call c) {
        Compiled x = c.arg(0);
        if (x instanceof Compiled.Time) return x;
        if (x instanceof Compiled.Null) return new Compiled.Time(r -> TemporalColumn.NULL);
        if (x instanceof Compiled.Str s) return new Compiled.Time(r -> { String v = s.f().at(r); return v == null ? TemporalColumn.NULL : Temporals.parseAuto(v.trim()); });
        if (x instanceof Compiled.Num n) return new Compiled.Time(r -> { double v = n.f().at(r); return Double.isNaN(v) ? TemporalColumn.NULL : (long) v; });
        return c.wrong(0, "a string or a number");
    }
}
