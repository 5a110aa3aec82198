package dev.hmspec.transform;

import static dev.hmspec.ast.Expr.BinaryOp.*;
import static dev.hmspec.transform.Ast.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.hmspec.ast.Expr;
import dev.hmspec.data.*;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpressionEvaluatorTest {
    // 2015-01-01T01:00Z (a Thursday) and 2012-02-29T23:59:30Z (a Wednesday, leap day)
    static final Table T = Table.of(List.of(
            new TemporalColumn("t", new long[] {1420074000000L, 1330559970000L, TemporalColumn.NULL}),
            new NumberColumn("x", new double[] {2.5, -4, Double.NaN}),
            new StringColumn("s", new String[] {"Hello", "ab", null})));

    static Column eval(Expr e) {
        Result<Compiled> r = ExpressionEvaluator.compile(e, T, "d");
        assertTrue(r.ok(), () -> r.problems().toString());
        return r.value().column("out", T.rowCount());
    }

    static List<Object> values(Expr e) {
        Column c = eval(e);
        return java.util.stream.IntStream.range(0, c.size()).mapToObj(c::get).toList();
    }

    static Problem problem(Expr e) {
        Result<Compiled> r = ExpressionEvaluator.compile(e, T, "d");
        assertFalse(r.ok());
        return r.problems().get(0);
    }

    static List<Object> list(Object... v) { return java.util.Arrays.asList(v); }

    @Test
    void temporalFunctionsReadTheUtcCalendar() {
        assertEquals(list(1.0, 23.0, null), values(call("hours", field("t"))));
        assertEquals(list(0.0, 59.0, null), values(call("minutes", field("t"))));
        assertEquals(list("Thu", "Wed", null), values(call("weekday", field("t"))));
        assertEquals(list(4.0, 3.0, null), values(call("weekdaynum", field("t"))));
        assertEquals(list(1.0, 29.0, null), values(call("dayofmonth", field("t"))));
        assertEquals(list(1.0, 2.0, null), values(call("month", field("t"))));
        assertEquals(list("Jan", "Feb", null), values(call("monthname", field("t"))));
        assertEquals(list(2015.0, 2012.0, null), values(call("year", field("t"))));
        assertEquals(list(1.0, 60.0, null), values(call("dayofyear", field("t"))));
        assertEquals(list(1420070400000L, 1330473600000L, null), values(call("date", field("t"))));
    }

    @Test
    void mathFunctionsFollowJavaScript() {
        assertEquals(list(3.0, -4.0, null), values(call("round", field("x"))));
        assertEquals(list(2.5, 4.0, null), values(call("abs", field("x"))));
        assertEquals(list(2.0, -4.0, null), values(call("floor", field("x"))));
        assertEquals(list(3.0, -4.0, null), values(call("ceil", field("x"))));
        assertEquals(list(2.5, -1.0, null), values(call("max", field("x"), num(-1))));
        assertEquals(list(6.25, 16.0, null), values(call("pow", field("x"), num(2))));
        assertEquals(list(0.5, -0.0, null), values(bin(MOD, field("x"), num(2))));
        assertEquals(2.0, values(call("log10", num(100))).get(0));
        assertEquals(3.0, values(call("sqrt", num(9))).get(0));
    }

    @Test
    void stringFunctionsAndConcatenation() {
        assertEquals(list("hello", "ab", null), values(call("lower", field("s"))));
        assertEquals(list("HELLO", "AB", null), values(call("upper", field("s"))));
        assertEquals(list(5.0, 2.0, null), values(call("length", field("s"))));
        assertEquals(list("ell", "b", null), values(call("substring", field("s"), num(1), num(3))));
        assertEquals(list("Hello2.5", "ab-4", ""), values(call("concat", field("s"), field("x"), str("")))); // nulls skipped
        assertEquals(list("Hello!", "ab!", null), values(bin(ADD, field("s"), str("!"))));
        assertEquals(list("n=2.5", "n=-4", null), values(bin(ADD, str("n="), field("x"))));
        assertEquals(list(12.0, 12.0, 12.0), values(call("number", call("substring", str("x12"), num(1), num(2)))));
        assertEquals(list(null, null, null), values(call("number", field("s"))));
        assertEquals(list("2015-01-01T01:00:00Z", "2012-02-29T23:59:30Z", null), values(call("string", field("t"))));
        assertEquals(list(1325376000000L, 1325376000000L, 1325376000000L), values(call("toDate", str("2012-01-01"))));
    }

    @Test
    void comparisonsLogicAndNulls() {
        assertEquals(list(true, false, null), values(bin(GT, field("x"), num(0))));
        assertEquals(list(false, false, true), values(bin(EQ, field("x"), nul())));
        assertEquals(list(true, true, false), values(call("isvalid", field("s"))));
        assertEquals(list(true, false, null), values(bin(GT, field("t"), str("2013-01-01"))));
        assertEquals(list(true, true, null), values(bin(LT, field("s"), str("b")))); // by UTF-16 code unit: "H" < "b"
        assertEquals(list(false, false, false), values(bin(AND, bin(GT, field("x"), num(0)), bin(EQ, field("s"), str("x")))));
        assertEquals(list(false, true, true), values(bin(OR, not(bin(GT, field("x"), num(0))), call("isnull", field("x")))));
        assertEquals(list("pos", "neg", "neg"), values(call("if", bin(GT, field("x"), num(0)), str("pos"), str("neg"))));
        assertEquals(list(-2.5, 4.0, null), values(neg(field("x"))));
    }

    @Test
    void unknownFunctionsWrongArityAndTypesAreReportedAtTheCall() {
        Expr.Call c = (Expr.Call) call("weekdy", field("t"));
        Problem p = problem(c);
        assertEquals("unknown function \"weekdy\"", p.message());
        assertEquals(Optional.of("did you mean \"weekday\"?"), p.help());
        assertEquals(c.function().span(), p.span());
        assertEquals("pow() takes 2 arguments, found 1", problem(call("pow", num(1))).message());
        assertEquals("hours() takes 1 argument, found 2", problem(call("hours", field("t"), num(1))).message());
        Problem type = problem(call("hours", field("s")));
        assertEquals("argument 1 of hours() must be a temporal, found string", type.message());
        assertEquals(Optional.of("parse text with toDate(...) first"), type.help());
        assertEquals("operator \"-\" cannot combine a string and a number", problem(bin(SUB, field("s"), num(1))).message());
        assertEquals("if() branches must have one type, found string and number",
                problem(call("if", bin(GT, field("x"), num(0)), str("a"), num(1))).message());
        assertEquals("HM235", problem(field("y")).code());
    }
}
