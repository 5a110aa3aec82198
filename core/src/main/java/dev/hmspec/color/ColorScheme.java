package dev.hmspec.color;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleToIntFunction;

/**
 * A named color scheme: a function from t in [0, 1] to a packed 0xAARRGGBB color, plus the
 * discrete colors it was built from. Sequential schemes run light→dark or dark→light along t;
 * diverging ones have their neutral at t = 0.5; categorical ones are palettes ({@link #colors()})
 * that {@link #at} samples as equal bins. {@link #classes(int)} gives the k-class version
 * (ColorBrewer's own table when it publishes one). Immutable.
 */
public final class ColorScheme {
    public enum Kind { SEQUENTIAL, DIVERGING, CATEGORICAL }

    private final String name;
    private final Kind kind;
    private final DoubleToIntFunction ramp;
    private final List<Integer> colors;
    private final boolean reversed;
    private final Map<Integer, int[]> classTables; // k → published k-class colors

    ColorScheme(String name, Kind kind, DoubleToIntFunction ramp, int[] colors, boolean reversed) {
        this(name, kind, ramp, colors, reversed, Map.of());
    }

    ColorScheme(String name, Kind kind, DoubleToIntFunction ramp, int[] colors, boolean reversed, Map<Integer, int[]> classTables) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.ramp = ramp;
        List<Integer> list = new ArrayList<>(colors.length);
        for (int c : colors) list.add(c);
        this.colors = Collections.unmodifiableList(list);
        this.reversed = reversed;
        this.classTables = classTables;
    }

    /** A custom sequential range through the given colors, evenly spaced, interpolated in OKLab. */
    public static ColorScheme fromColors(List<Integer> colors) { return fromColors("custom", Kind.SEQUENTIAL, colors); }

    public static ColorScheme fromColors(String name, Kind kind, List<Integer> colors) {
        return fromColors(name, kind, colors, Interpolation.OKLAB);
    }

    /** A custom range blended in {@code mode} (categorical: the colors as a palette). */
    public static ColorScheme fromColors(String name, Kind kind, List<Integer> colors, Interpolation mode) {
        if (colors.isEmpty()) throw new IllegalArgumentException("a color range needs at least one color");
        int[] stops = colors.stream().mapToInt(Integer::intValue).toArray();
        DoubleToIntFunction ramp = kind == Kind.CATEGORICAL ? Ramps.discrete(stops) : Ramps.piecewise(stops, mode);
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
    public ColorScheme reversed() { return new ColorScheme(name, kind, ramp, toArray(colors), !reversed, classTables); }

    /** The class counts with a published table (e.g. 3…9 for ColorBrewer sequential). */
    public java.util.Set<Integer> publishedClasses() { return classTables.keySet(); }

    /**
     * The k-class version as k colors in scheme order: ColorBrewer's table for k when published;
     * a categorical palette's first k colors (cycling past its size); otherwise k samples of the
     * ramp at i/(k−1), as d3's {@code quantize(interpolator, k)}.
     */
    public List<Integer> classColors(int k) {
        if (k < 1) throw new IllegalArgumentException("classes must be at least 1, got " + k);
        List<Integer> out = new ArrayList<>(k);
        int[] table = classTables.get(k);
        if (table != null) {
            for (int c : table) out.add(c);
            if (reversed) Collections.reverse(out);
        } else if (kind == Kind.CATEGORICAL) {
            for (int i = 0; i < k; i++) out.add(color(i));
        } else {
            out.addAll(sample(k));
        }
        return Collections.unmodifiableList(out);
    }

    /** The k-class version as a stepped scheme: t falls into one of k equal steps. */
    public ColorScheme classes(int k) {
        int[] c = toArray(classColors(k));
        return new ColorScheme(name, kind, Ramps.discrete(c), c, false);
    }

    /**
     * The scheme re-blended through its stops in {@code mode} (a spec's {@code interpolate}); formula
     * schemes (cividis, turbo) and palettes have no stops to blend and stay as they are.
     */
    public ColorScheme interpolated(Interpolation mode) {
        if (kind == Kind.CATEGORICAL || colors.size() < 2) return this;
        return new ColorScheme(name, kind, Ramps.piecewise(toArray(colors), mode), toArray(colors), reversed, classTables);
    }

    /** n colors sampled evenly from t = 0 to 1 (legend ramps, gradient stops). */
    public List<Integer> sample(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(at(n == 1 ? 0.5 : (double) i / (n - 1)));
        return Collections.unmodifiableList(out);
    }

    private static int[] toArray(List<Integer> list) { return list.stream().mapToInt(Integer::intValue).toArray(); }

    @Override public String toString() { return "ColorScheme(" + name + (reversed ? ", reversed" : "") + ", " + kind + ")"; }
}
