package dev.hmspec.color;

import java.util.function.DoubleToIntFunction;

/** The ways a scheme turns t in [0, 1] into a color; each mirrors one d3 interpolator. */
final class Ramps {
    private Ramps() {}

    /** "44015444025…" (d3-scale-chromatic's colors()) → opaque packed colors. */
    static int[] hexRun(String run) {
        int[] out = new int[run.length() / 6];
        for (int i = 0; i < out.length; i++) out[i] = 0xFF000000 | Integer.parseInt(run.substring(6 * i, 6 * i + 6), 16);
        return out;
    }

    /** d3-scale-chromatic's viridis-family ramp: the table entry at floor(t·n), no blending. */
    static DoubleToIntFunction discrete(int[] table) {
        int n = table.length;
        return t -> table[Math.max(0, Math.min(n - 1, (int) Math.floor(t * n)))];
    }

    /**
     * d3-interpolate {@code interpolateRgbBasis}: a uniform cubic B-spline through the stops,
     * per RGB channel (not through them: the curve is smoothed, ends pinned). Rounded like d3-color.
     */
    static DoubleToIntFunction rgbBasis(int[] stops) {
        double[][] channels = new double[3][stops.length];
        for (int i = 0; i < stops.length; i++) {
            channels[0][i] = Color.red(stops[i]);
            channels[1][i] = Color.green(stops[i]);
            channels[2][i] = Color.blue(stops[i]);
        }
        return t -> Color.rgb(byteOf(basis(channels[0], t)), byteOf(basis(channels[1], t)), byteOf(basis(channels[2], t)));
    }

    /** d3-interpolate basis.js, with virtual end points 2·v1 − v2 so the curve ends on the stops. */
    static double basis(double[] values, double t) {
        int n = values.length - 1;
        int i;
        if (t <= 0) { t = 0; i = 0; } else if (t >= 1) { t = 1; i = n - 1; } else i = (int) Math.floor(t * n);
        double v1 = values[i], v2 = values[i + 1];
        double v0 = i > 0 ? values[i - 1] : 2 * v1 - v2;
        double v3 = i < n - 1 ? values[i + 2] : 2 * v2 - v1;
        double t1 = (t - (double) i / n) * n, t2 = t1 * t1, t3 = t2 * t1;
        return ((1 - 3 * t1 + 3 * t2 - t3) * v0 + (4 - 6 * t2 + 3 * t3) * v1
                + (1 + 3 * t1 + 3 * t2 - 3 * t3) * v2 + t3 * v3) / 6;
    }

    /** Rounded and clamped like d3-color's rgb formatting; NaN → 0. */
    private static int byteOf(double v) {
        if (Double.isNaN(v)) return 0;
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** Evenly spaced stops, blended between neighbours in the given space (custom ranges). */
    static DoubleToIntFunction piecewise(int[] stops, Interpolation mode) {
        int n = stops.length - 1;
        if (n == 0) return t -> stops[0];
        return t -> {
            int i = Math.max(0, Math.min(n - 1, (int) Math.floor(t * n)));
            return mode.interpolate(stops[i], stops[i + 1], t * n - i);
        };
    }

    /** d3-scale-chromatic cividis (Nuñez, Anderton and Renslow 2018), d3's polynomial fit. */
    static int cividis(double t) {
        t = Math.max(0, Math.min(1, t));
        return Color.rgb(
                byteOf(-4.54 - t * (35.34 - t * (2381.73 - t * (6402.7 - t * (7024.72 - t * 2710.57))))),
                byteOf(32.49 + t * (170.73 + t * (52.82 - t * (131.46 - t * (176.58 - t * 67.37))))),
                byteOf(81.24 + t * (442.36 - t * (2482.43 - t * (6167.24 - t * (6614.94 - t * 2475.67))))));
    }

    /** d3-scale-chromatic turbo (Anton Mikhailov, Google 2019), d3's polynomial approximation. */
    static int turbo(double t) {
        t = Math.max(0, Math.min(1, t));
        return Color.rgb(
                byteOf(34.61 + t * (1172.33 - t * (10793.56 - t * (33300.12 - t * (38394.49 - t * 14825.05))))),
                byteOf(23.31 + t * (557.33 + t * (1225.33 - t * (3574.96 - t * (1073.77 + t * 707.56))))),
                byteOf(27.2 + t * (3211.1 - t * (15327.97 - t * (27814 - t * (22569.18 - t * 6838.66))))));
    }
}
