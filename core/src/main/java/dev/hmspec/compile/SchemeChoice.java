package dev.hmspec.compile;

import dev.hmspec.color.ColorScheme;
import dev.hmspec.color.Schemes;
import dev.hmspec.resolve.ResolvedColorScale;

/**
 * Which colors a color encoding uses: a custom {@code range}, a named scheme or the default for
 * its kind (viridis; RdBu with blue for low values when diverging; Tableau10 for categories),
 * then re-interpolated, reversed and cut into classes as the options say.
 */
final class SchemeChoice {
    static final int DEFAULT_NO_DATA = 0xFFEEEEEE;

    private SchemeChoice() {}

    /** The scheme as a ramp over t (continuous scales; {@code scheme x k} makes it stepped). */
    static ColorScheme ramp(ResolvedColorScale o) {
        ColorScheme s = base(o);
        return o.classes().isPresent() ? s.classes(o.classes().getAsInt()) : s;
    }

    /** k colors for k bins or categories, in scheme order. */
    static int[] classColors(ResolvedColorScale o, int k) {
        return base(o).classColors(k).stream().mapToInt(Integer::intValue).toArray();
    }

    static int noData(ResolvedColorScale o) {
        return o.noData().orElse(o.scheme().map(n -> n.equalsIgnoreCase("greys")).orElse(false) ? 0xFFFDE0DD : DEFAULT_NO_DATA);
    }

    private static ColorScheme base(ResolvedColorScale o) {
        ColorScheme s;
        boolean reverse = o.reverse();
        if (!o.range().isEmpty()) {
            s = ColorScheme.fromColors("custom", o.type().equals("ordinal") ? ColorScheme.Kind.CATEGORICAL
                    : ColorScheme.Kind.SEQUENTIAL, o.range(), o.interpolation().orElse(dev.hmspec.color.Interpolation.OKLAB));
        } else if (o.scheme().isPresent()) {
            s = Schemes.find(o.scheme().get()).orElseThrow();
            if (o.interpolation().isPresent()) s = s.interpolated(o.interpolation().get());
        } else if (o.diverging()) {
            s = Schemes.find("rdbu").orElseThrow();
            reverse = !reverse; // blue for low, red for high unless the spec reverses it
        } else if (o.type().equals("ordinal")) {
            s = Schemes.find("tableau10").orElseThrow();
        } else {
            s = Schemes.find("viridis").orElseThrow();
        }
        return reverse ? s.reversed() : s;
    }
}
