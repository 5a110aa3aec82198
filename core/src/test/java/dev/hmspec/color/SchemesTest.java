package dev.hmspec.color;

import static dev.hmspec.color.ColorTest.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchemesTest {
    private static ColorScheme scheme(String name) { return Schemes.find(name).orElseThrow(); }

    private static String hex(String name, double t) { return Color.toHex(scheme(name).at(t)); }

    @Test @DisplayName("Schemes.names() lists every scheme the issue asks for")
    void names() {
        assertEquals(Set.of("viridis", "magma", "inferno", "plasma", "cividis", "turbo",
                "blues", "greens", "greys", "oranges", "purples", "reds", "bugn", "bupu", "gnbu", "orrd", "pubu",
                "pubugn", "purd", "rdpu", "ylgn", "ylgnbu", "ylorbr", "ylorrd",
                "brbg", "piyg", "prgn", "puor", "rdbu", "rdgy", "rdylbu", "rdylgn", "spectral",
                "category10", "tableau10", "set1", "set2", "set3", "dark2", "paired", "accent"), Schemes.names());
        assertTrue(Schemes.find("RdBu").isPresent());
        assertTrue(Schemes.find("VIRIDIS").isPresent());
        assertFalse(Schemes.find("viridiss").isPresent());
    }

    @Test @DisplayName("viridis(t) and friends return d3-scale-chromatic's table entries")
    void matplotlib() {
        assertEquals("#440154", hex("viridis", 0));
        assertEquals("#21918c", hex("viridis", 0.5));
        assertEquals("#fde725", hex("viridis", 1));
        assertEquals("#000004", hex("magma", 0));
        assertEquals("#fcfdbf", hex("magma", 1));
        assertEquals("#fcffa4", hex("inferno", 1));
        assertEquals("#0d0887", hex("plasma", 0));
        assertEquals("#f0f921", hex("plasma", 1));
        assertEquals(256, scheme("viridis").colors().size());
    }

    @Test @DisplayName("cividis(t) and turbo(t) evaluate d3's polynomials")
    void formulas() {
        assertEquals("#002051", hex("cividis", 0)); // rgb(0, 32, 81)
        assertEquals("#fdea45", hex("cividis", 1)); // rgb(253, 234, 69)
        assertEquals("#23171b", hex("turbo", 0));   // rgb(35, 23, 27)
        assertEquals("#900c00", hex("turbo", 1));   // rgb(144, 12, 0)
    }

    @Test @DisplayName("interpolateBlues and interpolateRdBu end on the ColorBrewer end stops, as in d3")
    void brewerEnds() {
        assertEquals("#f7fbff", hex("blues", 0));
        assertEquals("#08306b", hex("blues", 1));
        assertEquals("#67001f", hex("rdbu", 0));
        assertEquals("#053061", hex("rdbu", 1));
        assertEquals("#a50026", hex("rdylbu", 0));
        assertEquals("#003c30", hex("brbg", 1));
        // B-spline, not through the stop: (fddbc7 + 4·f7f7f7 + d1e5f0) / 6 = rgb(242, 239, 238)
        assertEquals("#f2efee", hex("rdbu", 0.5));
    }

    @Test @DisplayName("scheme.at(t) clamps t to [0, 1] and maps NaN to transparent")
    void clampAndNaN() {
        ColorScheme v = scheme("viridis");
        assertEquals(v.at(0), v.at(-3));
        assertEquals(v.at(1), v.at(7));
        assertEquals(0, v.at(Double.NaN));
        assertEquals(0, scheme("rdbu").at(Double.NaN));
    }

    @Test @DisplayName("scheme.reversed() runs the scheme backwards and reverses its colors")
    void reversed() {
        ColorScheme b = scheme("blues"), r = b.reversed();
        assertEquals(b.at(0.2), r.at(0.8));
        assertEquals("#08306b", Color.toHex(r.at(0)));
        assertEquals(b.colors().get(0), r.colors().get(r.colors().size() - 1));
        assertEquals(b.at(0.3), r.reversed().at(0.3));
        assertTrue(r.isReversed());
    }

    @Test @DisplayName("category10 and tableau10 are ten-color palettes, cycling by index")
    void categorical() {
        ColorScheme c = scheme("category10");
        assertEquals(ColorScheme.Kind.CATEGORICAL, c.kind());
        assertEquals(10, c.colors().size());
        assertEquals("#1f77b4", Color.toHex(c.color(0)));
        assertEquals("#17becf", Color.toHex(c.color(9)));
        assertEquals(c.color(0), c.color(10));
        assertEquals("#4e79a7", Color.toHex(scheme("tableau10").color(0)));
        assertEquals("#bab0ab", Color.toHex(scheme("tableau10").at(1)));
    }

    @Test @DisplayName("sequential schemes are monotone in OKLab lightness")
    void monotoneLightness() {
        for (String name : List.of("viridis", "magma", "inferno", "plasma", "cividis", "blues", "greens", "greys",
                "oranges", "purples", "reds", "ylgnbu", "ylorrd")) {
            ColorScheme s = scheme(name);
            double sign = Math.signum(Oklab.of(s.at(1)).l() - Oklab.of(s.at(0)).l());
            double prev = Double.NaN;
            for (int i = 0; i <= 200; i++) {
                double l = Oklab.of(s.at(i / 200.0)).l();
                if (!Double.isNaN(prev)) assertTrue(sign * (l - prev) >= -1e-3, name + " at " + i / 200.0);
                prev = l;
            }
        }
    }

    @Test @DisplayName("scheme.at(t) is always an opaque color for t in [0, 1]")
    void opaque() {
        qt().withExamples(500).forAll(doubles().between(0, 1)).check(t ->
                Schemes.names().stream().allMatch(n -> Color.alpha(scheme(n).at(t)) == 255));
    }

    @Test @DisplayName("ColorScheme.fromColors(colors) passes through every stop, interpolating in OKLab")
    void fromColors() {
        ColorScheme s = ColorScheme.fromColors(List.of(0xFFFFFFFF, 0xFFFF0000, 0xFF000000));
        assertEquals(0xFFFFFFFF, s.at(0));
        assertEquals(0xFFFF0000, s.at(0.5));
        assertEquals(0xFF000000, s.at(1));
        assertEquals(0.5 * (Oklab.of(0xFFFFFFFF).l() + Oklab.of(0xFFFF0000).l()), Oklab.of(s.at(0.25)).l(), 0.02); // slack: gamut clamping
        assertEquals(0xFF123456, ColorScheme.fromColors(List.of(0xFF123456)).at(0.7));
    }
}
