package dev.hmspec.color;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleToIntFunction;

/**
 * The registry of named schemes, with d3-scale-chromatic's names (lower-cased for lookup) and
 * d3's interpolation for each, so a heatmap here matches one drawn with d3. Data sources are
 * named in {@link MatplotlibTables}, {@link BrewerTables} and {@link Ramps}.
 */
public final class Schemes {
    private static final Map<String, ColorScheme> BY_NAME = new LinkedHashMap<>();

    static {
        matplotlib("viridis", MatplotlibTables.VIRIDIS);
        matplotlib("magma", MatplotlibTables.MAGMA);
        matplotlib("inferno", MatplotlibTables.INFERNO);
        matplotlib("plasma", MatplotlibTables.PLASMA);
        formula("cividis", Ramps::cividis);
        formula("turbo", Ramps::turbo);
        BrewerTables.SEQUENTIAL.forEach((name, runs) -> brewer(name, ColorScheme.Kind.SEQUENTIAL, runs));
        BrewerTables.DIVERGING.forEach((name, runs) -> brewer(name, ColorScheme.Kind.DIVERGING, runs));
        BrewerTables.CATEGORICAL.forEach(Schemes::categorical);
    }

    private Schemes() {}

    /** The scheme with this name, case-insensitive ("Viridis", "RdBu", "rdbu" all match). */
    public static Optional<ColorScheme> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /** All registered names, lower-case, in registration order (for did-you-mean and docs). */
    public static Set<String> names() { return Collections.unmodifiableSet(BY_NAME.keySet()); }

    private static void matplotlib(String name, String table) {
        int[] colors = Ramps.hexRun(table);
        put(new ColorScheme(name, ColorScheme.Kind.SEQUENTIAL, Ramps.discrete(colors), colors, false));
    }

    private static void formula(String name, DoubleToIntFunction f) {
        put(new ColorScheme(name, ColorScheme.Kind.SEQUENTIAL, f, new int[0], false));
    }

    /** d3: the continuous ramp is a basis spline through the largest class table. */
    private static void brewer(String name, ColorScheme.Kind kind, String[] runs) {
        Map<Integer, int[]> classes = new HashMap<>();
        for (String run : runs) classes.put(run.length() / 6, Ramps.hexRun(run));
        int[] largest = Ramps.hexRun(runs[runs.length - 1]);
        put(new ColorScheme(name, kind, Ramps.rgbBasis(largest), largest, false, Map.copyOf(classes)));
    }

    private static void categorical(String name, String palette) {
        int[] colors = Ramps.hexRun(palette);
        put(new ColorScheme(name, ColorScheme.Kind.CATEGORICAL, Ramps.discrete(colors), colors, false));
    }

    private static void put(ColorScheme s) { BY_NAME.put(s.name(), s); }
}
