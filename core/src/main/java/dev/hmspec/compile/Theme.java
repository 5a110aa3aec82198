package dev.hmspec.compile;

import dev.hmspec.scene.Sizes;

/** Fonts, colors and spacing of the default look, in one place; sizes follow the theme. */
final class Theme {
    private Theme() {}

    // Sizes and spacing come from the theme (embed12b: scene/Sizes, theme file keys); the light
    // theme's are Sizes.DEFAULT, the values these names always had. SceneCompiler sets them for
    // one compile on its thread (withSizes), so concurrent compiles never see each other's.
    private static final ThreadLocal<Sizes> SIZES = ThreadLocal.withInitial(() -> Sizes.DEFAULT);

    static Sizes sizes() { return SIZES.get(); }

    static double pad() { return sizes().margin(); }
    static double titleSize() { return sizes().titleSize(); }
    static double subtitleSize() { return sizes().subtitleSize(); }
    static double labelSize() { return sizes().labelSize(); }
    static double axisTitleSize() { return sizes().axisTitleSize(); }
    static double noteSize() { return sizes().noteSize(); }
    static double tick() { return sizes().tickSize(); }
    static double tickGap() { return sizes().labelGap(); }
    static double legendGap() { return sizes().legendGap(); }
    static double rampWidth() { return sizes().legendWidth(); }
    static double rampMaxHeight() { return sizes().legendHeight(); }
    static double rampMinHeight() { return sizes().legendMinHeight(); }
    static double viewGap() { return sizes().viewGap(); }

    /** Runs {@code body} with {@code sizes} in effect on this thread. */
    static <T> T withSizes(Sizes sizes, java.util.function.Supplier<T> body) {
        Sizes before = SIZES.get();
        SIZES.set(sizes);
        try {
            return body.get();
        } finally {
            SIZES.set(before);
        }
    }

    static final int TEXT = 0xFF222222;
    static final int MUTED = 0xFF555555;
    static final int RULE = 0xFF888888;
    static final int BACKGROUND = 0xFFFFFFFF;
}
