package dev.hmspec.color;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleToIntFunction;

/**
 * A named color scheme: a function from t in [0, 1] to a packed 0xAARRGGBB color, plus the
 * discrete colors it was built from. Sequential schemes run light→dark or dark→light along t;
 * diverging ones have their neutral at t = 0.5; categorical ones are palettes ({@link #colors()})
 * that {@link #at} samples as equal bins. Immutable.
 */
public final class ColorScheme {
    public enum Kind { SEQUENTIAL, DIVERGING, CATEGORICAL }

    private final String name;
    private final Kind kind;
    private final DoubleToIntFunction ramp;
    private final List<Integer> colors;
    private final boolean reversed;

    ColorScheme(String name, Kind kind, DoubleToIntFunction ramp, int[] colors, boolean reversed) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.ramp = ramp;
        List<Integer> list = new ArrayList<>(colors.length);
        for (int c : colors) list.add(c);
        this.colors = Collections.unmodifiableList(list);
        this.reversed = reversed;
    }

    /** A custom sequential range through the given colors, evenly spaced, interpolated in OKLab. */
    public static ColorScheme fromColors(List<Integer> colors) { return fromColors("custom", Kind.SEQUENTIAL, colors); }

    public static ColorScheme fromColors(String name, Kind kind, List<Integer> colors) {
        if (colors.isEmpty()) throw new IllegalArgumentException("a color range needs at least one color");
        int[] stops = colors.stream().mapToInt(Integer::intValue).toArray();
        DoubleToIntFunction ramp = kind == Kind.CATEGORICAL ? Ramps.discrete(stops) : Ramps.oklabPiecewise(stops);
        return new ColorScheme(name, kind, ramp, stops, false);
    }

    public String name() { return name; }

    public Kind kind() { return kind; }

    public boolean isReversed() { return reversed; }

    /** The color at t, t clamped to [0, 1]; NaN gives transparent (0), so missing cells stay empty. */
    public int at(double t) {
        if (Double.isNaN(t)) return Color.TRANSPARENT;
        t = Math.max(0, Math.min(1, t));
        return ramp.applyAsInt(reversed ? 1 - t : t);
    }

    /**
     * The scheme's discrete colors, in scheme order (reversed when the scheme is): the palette of a
     * categorical scheme, the stops or table of a continuous one (empty for formula schemes).
     */
    public List<Integer> colors() {
        if (!reversed) return colors;
        List<Integer> r = new ArrayList<>(colors);
        Collections.reverse(r);
        return Collections.unmodifiableList(r);
    }

    /** The i-th palette color, cycling (ordinal scales over a categorical scheme). */
    public int color(int i) {
        List<Integer> c = colors();
        if (c.isEmpty()) return at(0);
        return c.get(Math.floorMod(i, c.size()));
    }

    /** The same scheme run backwards (t ↦ 1 − t); reversing twice gives the original. */
    public ColorScheme reversed() { return new ColorScheme(name, kind, ramp, toArray(colors), !reversed); }

    /** n colors sampled evenly from t = 0 to 1 (legend ramps, gradient stops). */
    public List<Integer> sample(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(at(n == 1 ? 0.5 : (double) i / (n - 1)));
        return Collections.unmodifiableList(out);
    }

    private static int[] toArray(List<Integer> list) { return list.stream().mapToInt(Integer::intValue).toArray(); }

    @Override public String toString() { return "ColorScheme(" + name + (reversed ? ", reversed" : "") + ", " + kind + ")"; }
}
