package dev.hmspec.e2e;

import dev.hmspec.scene.Scene;

/** The gallery's faceted spec, compiled, for tests in other packages (browser tests). */
public final class SeattleByYearPage {
    private SeattleByYearPage() {}

    public static Scene scene() { return SpecsEndToEndTest.compile("seattle-by-year"); }
}
