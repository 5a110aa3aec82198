package dev.hmspec.scale;

/**
 * Ticks for symlog domains. d3 gives symlog plain linear ticks, which bunch every label at the
 * far end of a domain spanning decades (0, 200k, 400k… on a scale whose colors change most below
 * 1k). Here, when the domain spans at least two decades beyond the constant, ticks are 0 and the
 * signed powers of ten (with 2 and 5 multiples when there is room), thinned to about
 * {@code count}; otherwise the linear ticks.
 */
final class SymlogTicks {
    private SymlogTicks() {}

    static boolean spansDecades(double a, double b, double constant) {
        double m = Math.max(Math.abs(a), Math.abs(b));
        return Double.isFinite(m) && m / constant >= 100;
    }

    static double[] ticks(double start, double stop, int count, double constant) {
        if (!spansDecades(start, stop, constant) || !(count > 0)) return Ticks.ticks(start, stop, count);
        boolean reverse = stop < start;
        double lo = Math.min(start, stop), hi = Math.max(start, stop);
        double[] best = null;
        for (double[] mantissas : new double[][] {{1, 2, 5}, {1}}) {
            double[] t = candidates(lo, hi, constant, mantissas);
            best = t;
            if (t.length <= count + 1) break;
        }
        if (best.length > count + 1) best = thin(best, count);
        if (reverse) {
            for (int i = 0, j = best.length - 1; i < j; i++, j--) { double x = best[i]; best[i] = best[j]; best[j] = x; }
        }
        return best;
    }

    /** 0 when inside, and ±m·10^k with 10^k ≥ the constant's decade, inside [lo, hi]. */
    private static double[] candidates(double lo, double hi, double constant, double[] mantissas) {
        LogTicks.DoubleList out = new LogTicks.DoubleList();
        int k0 = (int) Math.floor(Math.log10(constant));
        int k1 = (int) Math.ceil(Math.log10(Math.max(Math.abs(lo), Math.abs(hi))));
        for (int k = k1; k >= k0; k--) for (int m = mantissas.length - 1; m >= 0; m--) add(out, -mantissas[m] * pow10(k), lo, hi);
        add(out, 0, lo, hi);
        for (int k = k0; k <= k1; k++) for (double m : mantissas) add(out, m * pow10(k), lo, hi);
        return out.toArray();
    }

    private static void add(LogTicks.DoubleList out, double v, double lo, double hi) {
        if (v >= lo && v <= hi) out.add(v + 0.0);
    }

    private static double pow10(int k) { return Double.parseDouble("1e" + k); }

    /** Keeps every j-th tick counted outwards from zero (or the smallest magnitude), so 0 stays. */
    private static double[] thin(double[] t, int count) {
        int step = (int) Math.ceil(t.length / (double) (count + 1));
        int anchor = 0;
        for (int i = 0; i < t.length; i++) if (Math.abs(t[i]) < Math.abs(t[anchor])) anchor = i;
        LogTicks.DoubleList out = new LogTicks.DoubleList();
        for (int i = anchor % step; i < t.length; i += step) out.add(t[i]);
        return out.toArray();
    }
}
