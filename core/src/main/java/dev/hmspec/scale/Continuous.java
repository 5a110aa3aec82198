package dev.hmspec.scale;

import java.util.Arrays;

/**
 * The core shared by every continuous scale (d3-scale {@code continuous.js}): normalize the
 * (transformed) domain to t, then interpolate t into the range. Piecewise when domain and range
 * have more than two entries. Immutable; the scale classes wrap one of these and add only their
 * transform, ticks and nice.
 */
final class Continuous {
    final double[] domain, range;
    final boolean clamp;
    final Transform transform;
    private final Piecewise forward, backward;

    Continuous(double[] domain, double[] range, boolean clamp, Transform transform) {
        if (domain.length < 2) throw new IllegalArgumentException("a continuous domain needs at least 2 values");
        if (range.length < 2) throw new IllegalArgumentException("a continuous range needs at least 2 values");
        this.domain = domain.clone();
        this.range = range.clone();
        this.clamp = clamp;
        this.transform = transform.fitted(domain);
        double[] td = new double[domain.length];
        for (int i = 0; i < td.length; i++) td[i] = this.transform.forward(domain[i]);
        this.forward = new Piecewise(td, this.range);
        this.backward = new Piecewise(this.range, td);
    }

    Continuous withDomain(double[] d) { return new Continuous(d, range, clamp, transform); }
    Continuous withRange(double[] r) { return new Continuous(domain, r, clamp, transform); }
    Continuous withClamp(boolean c) { return new Continuous(domain, range, c, transform); }
    Continuous withTransform(Transform t) { return new Continuous(domain, range, clamp, t); }

    double apply(double x) {
        if (Double.isNaN(x)) return Double.NaN;
        return forward.map(transform.forward(clampToDomain(x)));
    }

    double invert(double y) {
        if (Double.isNaN(y)) return Double.NaN;
        return clampToDomain(transform.inverse(backward.map(y)));
    }

    private double clampToDomain(double x) {
        if (!clamp) return x;
        double a = domain[0], b = domain[domain.length - 1];
        if (a > b) { double t = a; a = b; b = t; }
        return Math.max(a, Math.min(b, x));
    }

    /** Degenerate segments map to their middle (0.5); NaN bounds give NaN. */
    static double normalize(double a, double b, double x) {
        double span = b - a;
        // Finite ends can be farther apart than the largest double (-1e308 .. 1e308): halve first.
        if (Double.isInfinite(span) && Double.isFinite(a) && Double.isFinite(b)) return (x / 2 - a / 2) / (b / 2 - a / 2);
        if (span != 0) return (x - a) / span;
        return Double.isNaN(span) ? Double.NaN : 0.5;
    }

    /** d3-interpolate's number: exact at both ends. */
    static double interpolate(double a, double b, double t) { return a * (1 - t) + b * t; }

    /** d3's bimap/polymap: locate x's segment in {@code from}, map it onto {@code to}. */
    private static final class Piecewise {
        private final double[] from, to;

        Piecewise(double[] from, double[] to) {
            int n = Math.min(from.length, to.length);
            double[] f = Arrays.copyOf(from, n), g = Arrays.copyOf(to, n);
            if (f[n - 1] < f[0]) { reverse(f); reverse(g); } // descending domains are walked backwards
            this.from = f;
            this.to = g;
        }

        double map(double x) {
            int j = from.length - 1;
            int i = j == 1 ? 0 : bisectRight(from, x, 1, j) - 1;
            return interpolate(to[i], to[i + 1], normalize(from[i], from[i + 1], x));
        }

        private static int bisectRight(double[] a, double x, int lo, int hi) {
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (x < a[mid]) hi = mid; else lo = mid + 1;
            }
            return lo;
        }

        private static void reverse(double[] a) {
            for (int i = 0, k = a.length - 1; i < k; i++, k--) { double t = a[i]; a[i] = a[k]; a[k] = t; }
        }
    }

    @Override public boolean equals(Object o) {
        return o instanceof Continuous c && Arrays.equals(domain, c.domain) && Arrays.equals(range, c.range)
                && clamp == c.clamp && transform.equals(c.transform);
    }
    @Override public int hashCode() { return Arrays.hashCode(domain) * 31 + Arrays.hashCode(range); }
    @Override public String toString() {
        return Arrays.toString(domain) + " → " + Arrays.toString(range) + (clamp ? ", clamped" : "");
    }
}
