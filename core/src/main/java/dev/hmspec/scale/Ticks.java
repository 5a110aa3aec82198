package dev.hmspec.scale;

/**
 * Tick arithmetic, a line-by-line port of d3-array v3 {@code ticks.js} and {@code nice.js}.
 *
 * <p>Why the odd shapes: a negative increment {@code -k} means "the step is 1/k". Ticks are then
 * computed as {@code i / k} rather than {@code i * (1/k)} so that 0.1-steps come out as 0.3, not
 * 0.30000000000000004, and print cleanly.
 */
public final class Ticks {
    private static final double E10 = Math.sqrt(50), E5 = Math.sqrt(10), E2 = Math.sqrt(2);

    private Ticks() {}

    /** [i1, i2, inc]: ticks are i*inc (inc > 0) or i/-inc (inc < 0) for i in [i1, i2]. */
    private static double[] tickSpec(double start, double stop, double count) {
        double step = (stop - start) / Math.max(0, count);
        if (Double.isInfinite(step) && Double.isFinite(start) && Double.isFinite(stop)) {
            step = stop / Math.max(0, count) - start / Math.max(0, count); // the span overflows, the step need not
        }
        double power = Math.floor(Math.log10(step));
        double error = step / Math.pow(10, power);
        double factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
        double i1, i2, inc;
        if (power < 0) {
            inc = Math.pow(10, -power) / factor;
            i1 = jsRound(start * inc);
            i2 = jsRound(stop * inc);
            if (i1 / inc < start) ++i1;
            if (i2 / inc > stop) --i2;
            inc = -inc;
        } else {
            inc = Math.pow(10, power) * factor;
            i1 = jsRound(start / inc);
            i2 = jsRound(stop / inc);
            if (i1 * inc < start) ++i1;
            if (i2 * inc > stop) --i2;
        }
        if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
        return new double[] {i1, i2, inc};
    }

    /**
     * About {@code count + 1} uniformly spaced, nicely rounded values between start and stop
     * (inclusive when they are nice). Reversed when stop &lt; start; {@code [start]} when equal;
     * empty for NaN arguments or a non-positive count.
     */
    public static double[] ticks(double start, double stop, double count) {
        if (!(count > 0)) return new double[0];
        if (start == stop) return new double[] {start};
        boolean reverse = stop < start;
        double[] spec = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
        double i1 = spec[0], i2 = spec[1], inc = spec[2];
        if (!(i2 >= i1)) return new double[0];
        double span = i2 - i1 + 1;
        if (span > 1e7) return new double[0]; // guards a pathological count, d3 would allocate it
        int n = (int) span;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double k = reverse ? i2 - i : i1 + i;
            out[i] = (inc < 0 ? k / -inc : k * inc) + 0.0; // + 0.0 turns -0 into 0
        }
        // Beyond 2^53 the tick indices are no longer exact integers, so neighbouring ticks can round
        // to the same double (a domain a few ulps wide); d3 returns the repeats, we drop them.
        if (Math.max(Math.abs(i1), Math.abs(i2)) >= 0x1p53) out = java.util.Arrays.stream(out).distinct().toArray();
        return out;
    }

    /**
     * The tick step as d3 encodes it: positive for steps ≥ 1, {@code -1/step} for steps &lt; 1,
     * so that callers can multiply or divide by an exact integer.
     */
    public static double tickIncrement(double start, double stop, double count) {
        return tickSpec(start, stop, count)[2];
    }

    /** The plain (signed) tick step: negative when stop &lt; start. */
    public static double tickStep(double start, double stop, double count) {
        boolean reverse = stop < start;
        double inc = reverse ? tickIncrement(stop, start, count) : tickIncrement(start, stop, count);
        return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc);
    }

    /**
     * d3-array {@code nice(start, stop, count)}: extends [start, stop] (start ≤ stop) to multiples
     * of the tick increment, repeating until the increment is stable.
     */
    public static double[] nice(double start, double stop, double count) {
        double prestep = Double.NaN;
        for (int iter = 0; iter < 10; iter++) {
            double step = tickIncrement(start, stop, count);
            if (step == prestep || step == 0 || !Double.isFinite(step)) break;
            if (step > 0) {
                start = Math.floor(start / step) * step;
                stop = Math.ceil(stop / step) * step;
            } else {
                start = Math.ceil(start * step) / step;
                stop = Math.floor(stop * step) / step;
            }
            prestep = step;
        }
        return new double[] {start, stop};
    }

    /**
     * d3-scale linear {@code nice(count)} over a domain of any length: only the two extreme
     * entries move; a descending domain stays descending.
     */
    static double[] niceLinear(double[] domain, int count) {
        double[] d = domain.clone();
        int i0 = 0, i1 = d.length - 1;
        double start = d[i0], stop = d[i1];
        if (stop < start) {
            double t = start; start = stop; stop = t;
            int ti = i0; i0 = i1; i1 = ti;
        }
        double prestep = Double.NaN;
        for (int iter = 0; iter < 10; iter++) {
            double step = tickIncrement(start, stop, count);
            if (step == prestep) {
                // min/max: for domains a few ulps wide, start·step passes 2^53 and the rounding can
                // pull an end inwards; nice must never shrink the domain.
                d[i0] = Math.min(start, d[i0]);
                d[i1] = Math.max(stop, d[i1]);
                return d;
            } else if (step != 0 && Double.isFinite(step)) {
                double[] se = niceStep(start, stop, step);
                start = se[0];
                stop = se[1];
            } else {
                break;
            }
            prestep = step;
        }
        // Not converged in 10 rounds (float noise on domains a few ulps wide makes the step
        // oscillate): keep the last round rather than d3's untouched domain, still containing it.
        if (Double.isFinite(start) && Double.isFinite(stop)) {
            d[i0] = Math.min(start, d[i0]);
            d[i1] = Math.max(stop, d[i1]);
        }
        return d;
    }

    /**
     * One round of d3's nice: ends to multiples of the increment (d3's encoding: negative means
     * 1/-step). When start·step passes 2^53 the product rounds and an end can land inside the
     * domain; it then moves one more increment out, so nice never shrinks a domain.
     */
    private static double[] niceStep(double start, double stop, double step) {
        if (step > 0) {
            double a = Math.floor(start / step), b = Math.ceil(stop / step);
            if (a * step > start) a--;
            if (b * step < stop) b++;
            return new double[] {a * step, b * step};
        }
        double a = Math.ceil(start * step), b = Math.floor(stop * step);
        if (a / step > start) a++;
        if (b / step < stop) b--;
        return new double[] {a / step, b / step};
    }

    /** JavaScript's Math.round: half-way cases go up; huge and non-finite values pass through. */
    static double jsRound(double x) {
        if (!Double.isFinite(x) || Math.abs(x) >= 0x1p52) return x;
        return (double) Math.round(x);
    }
}
