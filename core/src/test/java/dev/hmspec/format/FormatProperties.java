package dev.hmspec.format;

import static dev.hmspec.props.Props.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.hmspec.props.Props;
import dev.hmspec.props.Stats;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** format-then-parse round trips, every d3-format type against d3's examples, and locale independence. */
class FormatProperties {
    /** Specifiers covering fill, align, sign, symbol, zero, width, comma, precision, ~ and the decimal types. */
    private static final List<String> SPECS = List.of(",.2f", ".0f", "08.3f", "*^16,.1f", "+.4e", ".3g", ",.5r", ".3s",
            "$,.2f", "(.1f", ".1%", ".3p", ",d", ".6~g", "~s", "", ",");

    /** Half a unit in the last place the specifier keeps for x: the rounding a parse may see. */
    private static double tolerance(FormatSpecifier spec, double x) {
        int p = spec.precision();
        double mag = x == 0 ? 0 : Math.floor(Math.log10(Math.abs(x)));
        switch (spec.type()) {
            case "f": return 0.5 * Math.pow(10, -(p < 0 ? 6 : p));
            case "%": return 0.5 * Math.pow(10, -(p < 0 ? 6 : p)) / 100;
            case "e": return 0.5 * Math.pow(10, mag - (p < 0 ? 6 : p));
            case "d": return 0.5;
            case "": return 0.5 * Math.pow(10, mag - (p < 0 ? 12 : p) + 1); // none is d3's ".12~g"
            case "p": return 0.5 * Math.pow(10, mag + 2 - (p < 0 ? 6 : p) + 1) / 100; // significant digits of 100·x
            default: return 0.5 * Math.pow(10, mag - (p < 0 ? 6 : p) + 1); // g r s: significant digits
        }
    }

    @Test @DisplayName("format(x) then parse gives x rounded to the format's precision")
    void formatThenParse() {
        Stats s = new Stats();
        qt().withExamples(4000).forAll(integers().between(0, SPECS.size() - 1),
                        doubles().between(-1e6, 1e6).mix(doubles().between(-1e-3, 1e-3), 20).mix(doubles().between(-1e15, 1e15), 15)
                                .mix(Generate.pick(List.of(0.0, -0.0, 0.5, -0.5, 999.9995, 1e21)), 10))
                .check((i, x) -> {
                    s.tried();
                    String spec = SPECS.get(i);
                    s.hit("spec " + (spec.isEmpty() ? "(none)" : spec));
                    s.hitIf(x < 0, "negative");
                    s.hitIf(x == 0, "zero");
                    s.hitIf(Math.abs(x) > 1e12, "huge");
                    s.hitIf(x != 0 && Math.abs(x) < 1e-3, "tiny");
                    NumberFormat f = NumberFormat.compile(spec);
                    FormatSpecifier parsed = FormatSpecifier.parse(spec);
                    double back = f.parse(f.format(x));
                    double tol = tolerance(parsed, x) * (1 + 1e-9) + Math.ulp(x) * 4;
                    return Math.abs(back - x) <= tol;
                });
        s.assertHit(100, "negative", "zero", "huge", "tiny");
        for (String spec : SPECS) s.assertHit(50, "spec " + (spec.isEmpty() ? "(none)" : spec));
        Props.report("format then parse: value rounded to the precision", s);
    }

    @Test @DisplayName("integers survive the radix types b, o, x, X (with and without #) and c")
    void radix() {
        Stats s = new Stats();
        qt().withExamples(1000).forAll(integers().between(-1_000_000, 1_000_000), integers().between(0, 5)).check((n, k) -> {
            s.tried();
            String spec = List.of("b", "o", "x", "X", "#x", "#b").get(k);
            s.hit("spec " + spec);
            s.hitIf(n < 0, "negative");
            NumberFormat f = NumberFormat.compile(spec);
            return f.parse(f.format(n)) == n;
        });
        s.assertHit(50, "negative", "spec b", "spec o", "spec x", "spec X", "spec #x", "spec #b");
        Props.report("radix formats round-trip integers", s);
    }

    @Test @DisplayName("format(specifier)(value) covers every d3-format type with d3's documented results, under a German default locale")
    void d3Examples() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // "," decimal and "." grouping must not leak in
            assertEquals("12%", f(".0%", 0.123));
            assertEquals("($3.50)", f("($.2f", -3.5));
            assertEquals("                 +42", f("+20", 42));
            assertEquals(".........42.........", f(".^20", 42));
            assertEquals("42M", f(".2s", 42e6));
            assertEquals("0xbeef", f("#x", 48879));
            assertEquals("4,200", f(",.2r", 4223));
            assertEquals("101", f("b", 5));
            assertEquals("0b101", f("#b", 5));
            assertEquals("10", f("o", 8));
            assertEquals("0o10", f("#o", 8));
            assertEquals("FF", f("X", 255));
            assertEquals("-ff", f("x", -255));
            assertEquals("1.2%", f(".2p", 0.01234));
            assertEquals("42", f("c", 42));
            assertEquals("1,234.5", f(",.5n", 1234.5));
            assertEquals("1,234,567.89", f(",.2f", 1234567.891));
            assertEquals("0,001.50", f("08,.2f", 1.5));
            assertEquals("1.50e+3", f(".2e", 1500));
        } finally {
            Locale.setDefault(saved);
        }
    }

    private static String f(String spec, double x) { return NumberFormat.compile(spec).format(x); }

    @Test @DisplayName("timeFormat in a named zone uses the zone's calendar and offset, including daylight saving")
    void zones() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            long summer = java.time.Instant.parse("2026-07-01T22:30:00Z").toEpochMilli();
            TimeFormat berlin = TimeFormat.compile("%Y-%m-%d %H:%M %Z %a %B q%q W%V").withZone(ZoneId.of("Europe/Berlin"));
            assertEquals("2026-07-02 00:30 +0200 Thu July q3 W27", berlin.format(summer));
            assertEquals("2026-07-01 22:30 +0000 Wed July q3 W27", TimeFormat.compile("%Y-%m-%d %H:%M %Z %a %B q%q W%V").format(summer));
            assertEquals("7/1/2026, 10:30:00 PM", TimeFormat.compile("%c").format(summer));
            assertEquals("26 3 182 1782945000", TimeFormat.compile("%U %w %j %s").format(summer));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
