package dev.hmspec.color;

import static dev.hmspec.props.Props.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.hmspec.props.Props;
import dev.hmspec.props.Stats;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Scheme shape laws (lightness), conversion round trips, interpolation ends, and d3-color oracles. */
class ColorProperties {
    /** Turbo is a rainbow by design (Google's turbo): light in the middle, dark at both ends. */
    private static final Set<String> NOT_MONOTONE = Set.of("turbo");

    private static double lightness(int c) { return Oklab.of(c).l(); }

    @Test @DisplayName("every sequential scheme is monotone in OKLab lightness, as a ramp and in every k-class table")
    void sequentialMonotone() {
        Stats s = new Stats();
        for (String name : Schemes.names()) {
            ColorScheme scheme = Schemes.find(name).orElseThrow();
            if (scheme.kind() != ColorScheme.Kind.SEQUENTIAL || NOT_MONOTONE.contains(name)) continue;
            s.hit("schemes");
            for (ColorScheme variant : List.of(scheme, scheme.reversed())) {
                assertMonotone(name, variant.sample(256), s);
                for (int k = 2; k <= 12; k++) assertMonotone(name + " " + k, variant.classColors(k), s);
            }
            s.hitIf(!scheme.publishedClasses().isEmpty(), "with published classes");
        }
        assertEquals(23, s.count("schemes"), "sequential schemes checked (all but turbo)");
        Props.report("sequential schemes: monotone OKLab lightness", s);
    }

    private static void assertMonotone(String what, List<Integer> colors, Stats s) {
        s.tried();
        double sign = Math.signum(lightness(colors.get(colors.size() - 1)) - lightness(colors.get(0)));
        for (int i = 1; i < colors.size(); i++) {
            double step = sign * (lightness(colors.get(i)) - lightness(colors.get(i - 1)));
            assertTrue(step >= -2e-3, what + ": lightness turns back at " + i + "/" + colors.size() + " by " + step);
        }
    }

    @Test @DisplayName("every diverging scheme has its lightness extreme in the middle")
    void divergingMiddle() {
        Stats s = new Stats();
        for (String name : Schemes.names()) {
            ColorScheme scheme = Schemes.find(name).orElseThrow();
            if (scheme.kind() != ColorScheme.Kind.DIVERGING) continue;
            s.hit("schemes");
            List<Integer> ramp = scheme.sample(101);
            s.tried();
            int best = extreme(ramp);
            assertTrue(Math.abs(best - 50) <= 10, name + ": lightness extreme at t = " + best / 100.0);
            for (int k : scheme.publishedClasses()) {
                s.tried();
                List<Integer> c = scheme.classColors(k);
                int e = extreme(c);
                double mid = (k - 1) / 2.0;
                assertTrue(Math.abs(e - mid) <= 0.5, name + " " + k + ": extreme at class " + e);
                s.hit(k % 2 == 0 ? "even class count" : "odd class count");
            }
        }
        assertEquals(9, s.count("schemes"));
        s.assertHit(9, "even class count", "odd class count");
        Props.report("diverging schemes: lightness extreme in the middle", s);
    }

    /** The index of the lightness extreme that differs most from the ends' mean. */
    private static int extreme(List<Integer> colors) {
        double ends = (lightness(colors.get(0)) + lightness(colors.get(colors.size() - 1))) / 2;
        int best = 0;
        for (int i = 1; i < colors.size(); i++) {
            if (Math.abs(lightness(colors.get(i)) - ends) > Math.abs(lightness(colors.get(best)) - ends)) best = i;
        }
        return best;
    }

    @Test @DisplayName("sRGB → OKLab, OKLCH, CIELAB and HCL and back round-trips within 1/255 per channel")
    void roundTrips() {
        Stats s = new Stats();
        qt().withExamples(5000).forAll(integers().between(0, 0xFFFFFF).mix(Generate.pick(List.of(0, 0xFFFFFF, 0x808080, 0xFF0000, 0x0000FF)), 10),
                        integers().between(0, 3)).check((rgb, space) -> {
                    s.tried();
                    int c = 0xFF000000 | rgb;
                    boolean grey = Color.red(c) == Color.green(c) && Color.green(c) == Color.blue(c);
                    s.hitIf(grey, "grey (no hue)");
                    s.hitIf(rgb == 0 || rgb == 0xFFFFFF, "black or white");
                    int back;
                    switch (space) {
                        case 0: s.hit("oklab"); back = Oklab.of(c).toArgb(); break;
                        case 1: s.hit("oklch"); back = Oklch.of(c).toOklab().toArgb(); break;
                        case 2: s.hit("lab"); back = Lab.of(c).toArgb(255); break;
                        default: s.hit("hcl"); back = Hcl.of(c).toArgb(255); break;
                    }
                    return Math.abs(Color.red(back) - Color.red(c)) <= 1 && Math.abs(Color.green(back) - Color.green(c)) <= 1
                            && Math.abs(Color.blue(back) - Color.blue(c)) <= 1;
                });
        s.assertHit(100, "oklab", "oklch", "lab", "hcl");
        s.assertHit(50, "grey (no hue)", "black or white");
        Props.report("color conversions round-trip within 1/255", s);
    }

    @Test @DisplayName("every interpolation hits both ends exactly and stays opaque in between")
    void interpolationEnds() {
        Stats s = new Stats();
        qt().withExamples(3000).forAll(integers().between(0, 0xFFFFFF), integers().between(0, 0xFFFFFF),
                        integers().between(0, 3), doubles().between(0, 1)).check((a, b, m, t) -> {
                    s.tried();
                    Interpolation mode = Interpolation.values()[m];
                    s.hit(mode.keyword());
                    int ca = 0xFF000000 | a, cb = 0xFF000000 | b;
                    return near(mode.interpolate(ca, cb, 0), ca) && near(mode.interpolate(ca, cb, 1), cb)
                            && Color.alpha(mode.interpolate(ca, cb, t)) == 255;
                });
        s.assertHit(100, "oklab", "rgb", "lab", "hcl");
        Props.report("interpolation: exact ends, opaque", s);
    }

    private static boolean near(int x, int y) {
        return Math.abs(Color.red(x) - Color.red(y)) <= 1 && Math.abs(Color.green(x) - Color.green(y)) <= 1
                && Math.abs(Color.blue(x) - Color.blue(y)) <= 1;
    }

    @Test @DisplayName("lab(c) and hcl(c) equal d3-color's values; interpolateHcl takes the short way round")
    void d3Oracles() {
        // d3-color test/lab-test.js: lab("rgb(170, 187, 204)") → l 74.96879980931759, a -3.398998724348956, b -10.696507207853333
        Lab lab = Lab.of(Color.rgb(170, 187, 204));
        assertEquals(74.96879980931759, lab.l(), 1e-9);
        assertEquals(-3.398998724348956, lab.a(), 1e-9);
        assertEquals(-10.696507207853333, lab.b(), 1e-9);
        // greys have exactly no chroma and an undefined hue (d3: NaN)
        assertEquals(0, Lab.of(0xFF777777).a());
        assertTrue(Double.isNaN(Hcl.of(0xFF777777).h()));
        // red (h ≈ 40) to blue (h ≈ 306) goes through 353°, not through green
        double h = Hcl.of(Interpolation.HCL.interpolate(0xFFFF0000, 0xFF0000FF, 0.5)).h();
        assertTrue(h > 300 || h < 40, "hue " + h);
        // k-class tables: ColorBrewer's 3-class Blues as published
        assertEquals(List.of(0xFFDEEBF7, 0xFF9ECAE1, 0xFF3182BD), Schemes.find("blues").orElseThrow().classColors(3));
        assertEquals(List.of(0xFF3182BD, 0xFF9ECAE1, 0xFFDEEBF7), Schemes.find("blues").orElseThrow().reversed().classColors(3));
    }
}
