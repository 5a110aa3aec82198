package dev.hmspec.scale;

import dev.hmspec.format.NumberFormat;

/**
 * Ticks, nice and tick formats for log domains (d3-scale {@code loggish}), shared by
 * {@link LogScale} and the log flavour of {@link DivergingScale}. {@code domain[0] < 0} means
 * an all-negative domain: logs and powers are reflected, as in d3.
 */
final class LogTicks {
    private final double base;
    private final boolean negative;

    LogTicks(double base, double[] domain) {
        this.base = base;
        this.negative = domain[0] < 0;
    }

    double logs(double x) { return negative ? -log(-x) : log(x); }

    double pows(double x) { return negative ? -pow(-x) : pow(x); }

    private double log(double x) {
        if (base == 10) return Math.log10(x);
        if (base == Math.E) return Math.log(x);
        if (base == 2) {
            // exact for powers of two, like JavaScript's Math.log2
            if (x > 0 && Double.isFinite(x) && x == Math.scalb(1.0, Math.getExponent(x))) return Math.getExponent(x);
            return Math.log(x) / Math.log(2);
        }
        return Math.log(x) / Math.log(base);
    }

    private double pow(double x) {
        if (base == 10) {
            // d3's pow10 is +("1e" + x): exact decimal powers, 0 for -Infinity
            if (!Double.isFinite(x)) return x < 0 ? 0 : x;
            if (x == Math.rint(x) && Math.abs(x) < 400) return Double.parseDouble("1e" + (long) x);
            return Math.pow(10, x);
        }
        if (base == Math.E) return Math.exp(x);
        return Math.pow(base, x);
    }

    /** d3 log {@code ticks(count)}: powers with 1…base-1 multiples when few decades, else linear in log space. */
    double[] ticks(double[] domain, int count) {
        double u = domain[0], v = domain[domain.length - 1];
        boolean reverse = v < u;
        if (reverse) { double t = u; u = v; v = t; }
        double i = logs(u), j = logs(v);
        double[] z;
        if (base % 1 == 0 && j - i < count) {
            i = Math.floor(i);
            j = Math.ceil(j);
            DoubleList out = new DoubleList();
            // k / base^-i rather than k * base^i keeps 0.3 from becoming 0.30000000000000004
            if (u > 0) {
                for (; i <= j; ++i) {
                    for (int k = 1; k < base; ++k) {
                        double t = i < 0 ? k / pows(-i) : k * pows(i);
                        if (t < u) continue;
                        if (t > v) break;
                        out.add(t);
                    }
                }
            } else {
                for (; i <= j; ++i) {
                    for (int k = (int) base - 1; k >= 1; --k) {
                        double t = i > 0 ? k / pows(-i) : k * pows(i);
                        if (t < u) continue;
                        if (t > v) break;
                        out.add(t);
                    }
                }
            }
            z = out.toArray();
            if (z.length * 2 < count) z = Ticks.ticks(u, v, count); // too few: linear ticks, as d3 v4
        } else {
            z = Ticks.ticks(i, j, Math.min(j - i, count));
            for (int k = 0; k < z.length; k++) z[k] = pows(z[k]);
        }
        if (reverse) {
            for (int a = 0, b = z.length - 1; a < b; a++, b--) { double t = z[a]; z[a] = z[b]; z[b] = t; }
        }
        return z;
    }

    /** d3 log nice: floor/ceil the extremes to powers of the base. */
    double[] nice(double[] domain) {
        double[] d = domain.clone();
        int i0 = 0, i1 = d.length - 1;
        if (d[i1] < d[i0]) { int t = i0; i0 = i1; i1 = t; }
        d[i0] = pows(Math.floor(logs(d[i0])));
        d[i1] = pows(Math.ceil(logs(d[i1])));
        return d;
    }

    /**
     * d3 v4 log tickFormat: default specifier "s" for base 10 (else ","), trimmed; when there are
     * many ticks, labels only those whose leading digit is small enough to leave room.
     */
    NumberFormat tickFormat(double[] domain, int count, String specifierOrNull) {
        String spec = specifierOrNull != null ? specifierOrNull : base == 10 ? "s" : ",";
        NumberFormat f = NumberFormat.compile(spec);
        if (base % 1 == 0 && !f.hasPrecision()) f = f.withTrim(true);
        double k = Math.max(1, base * count / ticks(domain, 10).length);
        return f.onlyWhere(d -> {
            double i = d / pows(Ticks.jsRound(logs(d)));
            if (i * base < base - 0.5) i *= base;
            return i <= k;
        });
    }

    /** A growable primitive list, to avoid boxing tick values. */
    static final class DoubleList {
        private double[] a = new double[16];
        private int n;

        void add(double x) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = x;
        }

        double[] toArray() { return java.util.Arrays.copyOf(a, n); }
    }
}
