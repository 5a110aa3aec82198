package dev.hmspec.color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

class ColorTest {
    /** QuickTheories with surefire's fixed seed (-DQT_SEED=2026) when present. */
    static QuickTheory qt() {
        String seed = System.getProperty("QT_SEED");
        return seed == null ? QuickTheory.qt() : QuickTheory.qt().withFixedSeed(Long.parseLong(seed));
    }

    private static int parsed(String css) { return Color.parse(css).orElseThrow(() -> new AssertionError("no parse: " + css)); }

    @Test @DisplayName("Color.parse(css) reads hex, rgb(), rgba(), hsl(), hsla(), named colors and transparent")
    void parse() {
        assertEquals(0xFFFF0000, parsed("#f00"));
        assertEquals(0x88FF0000, parsed("#f008"));
        assertEquals(0xFF4682B4, parsed("#4682B4"));
        assertEquals(0x804682B4, parsed("#4682b480"));
        assertEquals(0xFF4682B4, parsed(" rgb(70, 130, 180) "));
        assertEquals(0xFFFF0000, parsed("rgb(100%, 0%, 0%)"));
        assertEquals(0x804682B4, parsed("rgba(70,130,180,0.5)"));
        assertEquals(0xFF00FF00, parsed("hsl(120, 100%, 50%)"));
        assertEquals(0xFF808080, parsed("hsl(0, 0%, 50.2%)"));
        assertEquals(0x4000FF00, parsed("hsla(120, 100%, 50%, 0.25)"));
        assertEquals(0xFF4682B4, parsed("SteelBlue"));
        assertEquals(0xFF663399, parsed("rebeccapurple"));
        assertEquals(0, parsed("transparent"));
        assertEquals(148, NamedColors.BY_NAME.size());
    }

    @Test @DisplayName("Color.parse(css) is empty for malformed colors")
    void parseInvalid() {
        for (String bad : List.of("", "#ff", "#fffff", "rgb(1,2)", "rgb(1,2,3,0.5)", "rgba(1,2,3)", "hsl(1,2,3)", "blurple", "#ggg")) {
            assertEquals(Optional.empty(), Color.parse(bad), bad);
        }
        assertEquals(Optional.empty(), Color.parse(null));
    }

    @Test @DisplayName("Color.toHex(c) writes #rrggbb, adding alpha only when not opaque")
    void toHex() {
        assertEquals("#4682b4", Color.toHex(0xFF4682B4));
        assertEquals("#4682b480", Color.toHex(0x804682B4));
        assertEquals("#000000", Color.toHex(Color.rgb(0, 0, 0)));
    }

    @Test @DisplayName("Color.luminance and contrastRatio follow WCAG 2")
    void wcag() {
        assertEquals(1.0, Color.luminance(Color.WHITE), 1e-12);
        assertEquals(0.0, Color.luminance(0xFF000000), 1e-12);
        assertEquals(21.0, Color.contrastRatio(Color.WHITE, 0xFF000000), 1e-9);
        assertEquals(4.54, Color.contrastRatio(0xFF767676, Color.WHITE), 0.01); // the classic AA grey
    }

    @Test @DisplayName("Color.contrastingText(bg) picks near-black on light cells and white on dark cells")
    void contrastingText() {
        assertEquals(Color.NEAR_BLACK, Color.contrastingText(0xFFFDE725)); // viridis(1)
        assertEquals(Color.WHITE, Color.contrastingText(0xFF440154));      // viridis(0)
        assertEquals(Color.NEAR_BLACK, Color.contrastingText(Color.WHITE));
        assertEquals(Color.WHITE, Color.contrastingText(0xFF08306B));      // blues(1)
    }

    @Test @DisplayName("contrastingText(bg) always has the higher WCAG contrast of the two candidates")
    void contrastingTextProperty() {
        qt().withExamples(500).forAll(integers().between(0, 0xFFFFFF)).check(rgb -> {
            int bg = 0xFF000000 | rgb;
            int pick = Color.contrastingText(bg), other = pick == Color.WHITE ? Color.NEAR_BLACK : Color.WHITE;
            return Color.contrastRatio(bg, pick) >= Color.contrastRatio(bg, other);
        });
    }

    @Test @DisplayName("Oklab.of(c).toArgb() round-trips every sRGB color within 1/255")
    void oklabRoundTrip() {
        qt().withExamples(2000).forAll(integers().between(0, 0xFFFFFF)).check(rgb -> {
            int c = 0xFF000000 | rgb, back = Oklab.of(c).toArgb();
            return Math.abs(Color.red(c) - Color.red(back)) <= 1 && Math.abs(Color.green(c) - Color.green(back)) <= 1
                    && Math.abs(Color.blue(c) - Color.blue(back)) <= 1 && Color.alpha(back) == 255;
        });
    }

    @Test @DisplayName("Oklab.of(white) has L = 1 and no chroma; black has L = 0")
    void oklabReference() {
        Oklab w = Oklab.of(Color.WHITE);
        assertEquals(1.0, w.l(), 1e-6);
        assertEquals(0.0, w.a(), 1e-6);
        assertEquals(0.0, w.b(), 1e-6);
        assertEquals(0.0, Oklab.of(0xFF000000).l(), 1e-9);
        Oklab red = Oklab.of(0xFFFF0000); // Ottosson's table: (0.628, 0.225, 0.126)
        assertEquals(0.62796, red.l(), 1e-4);
        assertEquals(0.22486, red.a(), 1e-4);
        assertEquals(0.12585, red.b(), 1e-4);
    }

    @Test @DisplayName("srgbToLinear and linearToSrgb are inverse")
    void transfer() {
        qt().withExamples(500).forAll(doubles().between(0, 1))
                .check(v -> Math.abs(Color.linearToSrgb(Color.srgbToLinear(v)) - v) < 1e-12);
    }

    @Test @DisplayName("Color.interpolateOklab(a, b, t) hits both ends exactly and keeps alpha linear")
    void interpolate() {
        int a = 0xFF440154, b = 0x00FDE725;
        assertEquals(a, Color.interpolateOklab(a, b, 0));
        assertEquals(0xFDE725, Color.interpolateOklab(a, b, 1) & 0xFFFFFF);
        assertEquals(128, Color.alpha(Color.interpolateOklab(a, b, 0.5)));
        int mid = Color.interpolateOklab(0xFF000000, Color.WHITE, 0.5);
        assertEquals(0.5, Oklab.of(mid).l(), 0.01);
        assertTrue(Color.red(mid) > 90 && Color.red(mid) < 105, Color.toHex(mid)); // perceptual mid-grey ≈ #636363
    }
}
