package dev.hmspec.scale;

import dev.hmspec.format.NumberFormat;
import java.util.Arrays;

/**
 * d3 {@code scaleDiverging} (linear, pow/sqrt, log or symlog flavour): a three-value domain
 * [d0, midpoint, d1] maps to t = 0, 0.5, 1, each half normalized on its own in transformed space,
 * so the midpoint always lands on the middle of a diverging scheme. t is then interpolated
 * piecewise through a three-value range, by default [0, 0.5, 1] (t itself). A degenerate half
 * maps to 0.5. Ticks, nice and formats follow the wrapped type, over [d0, d1].
 */
public final class DivergingScale implements ContinuousScale {
    private final double[] domain, range;
    private final boolean clamp;
    private final Transform transform;
    private final double base; // log flavour only
    private final double t0, t1, k10, k21, s; // s = -1 for a descending domain, as in d3

    private DivergingScale(double[] domain, double[] range, boolean clamp, Transform transform, double base) {
        if (domain.length != 3) throw new IllegalArgumentException("a diverging domain needs 3 values (start, midpoint, end)");
        if (range.length != 2 && range.length != 3) throw new IllegalArgumentException("a diverging range needs 2 or 3 values");
        if (transform instanceof Transform.Log) {
            if (!LogScale.validDomain(domain))
                throw new IllegalArgumentException("a diverging log domain must be all positive or all negative, got " + Arrays.toString(domain));
            transform = new Transform.Log(domain[0] < 0);
        }
        transform = transform.fitted(domain);
        this.domain = domain.clone();
        this.range = range.length == 3 ? range.clone() : new double[] {range[0], (range[0] + range[1]) / 2, range[1]};
        this.clamp = clamp;
        this.transform = transform;
        this.base = base;
        this.t0 = transform.forward(domain[0]);
        this.t1 = transform.forward(domain[1]);
        double t2 = transform.forward(domain[2]);
        this.k10 = t0 == t1 ? 0 : 0.5 / (t1 - t0);
        this.k21 = t1 == t2 ? 0 : 0.5 / (t2 - t1);
        this.s = t1 < t0 ? -1 : 1;
    }

    public static DivergingScale linear(double d0, double mid, double d1) {
        return new DivergingScale(new double[] {d0, mid, d1}, new double[] {0, 0.5, 1}, false, new Transform.Identity(), 10);
    }

    public static DivergingScale pow(double exponent, double d0, double mid, double d1) {
        return new DivergingScale(new double[] {d0, mid, d1}, new double[] {0, 0.5, 1}, false, new Transform.Pow(exponent), 10);
    }

    public static DivergingScale sqrt(double d0, double mid, double d1) { return pow(0.5, d0, mid, d1); }

    public static DivergingScale log(double d0, double mid, double d1) { return log(10, d0, mid, d1); }

    public static DivergingScale log(double base, double d0, double mid, double d1) {
        return new DivergingScale(new double[] {d0, mid, d1}, new double[] {0, 0.5, 1}, false, new Transform.Log(false), base);
    }

    /** Diverging symlog: zero-crossing domains with a wide range, e.g. profits and losses. */
    public static DivergingScale symlog(double constant, double d0, double mid, double d1) {
        return new DivergingScale(new double[] {d0, mid, d1}, new double[] {0, 0.5, 1}, false, new Transform.Symlog(constant), 10);
    }

    public Transform transform() { return transform; }

    /** The normalized position in [0, 1] (unclamped unless clamp is set), before the range. */
    public double t(double x) {
        if (Double.isNaN(x)) return Double.NaN;
        double tx = transform.forward(x);
        double t = 0.5 + (tx - t1) * (s * tx < s * t1 ? k10 : k21);
        return clamp ? Math.max(0, Math.min(1, t)) : t;
    }

    @Override public double apply(double x) {
        double t = t(x);
        if (Double.isNaN(t)) return Double.NaN;
        int i = t < 0.5 ? 0 : 1; // d3's piecewise over three range values
        return Continuous.interpolate(range[i], range[i + 1], t * 2 - i);
    }

    @Override public double invert(double y) {
        if (Double.isNaN(y)) return Double.NaN;
        double t = rangeToT(y);
        if (clamp) t = Math.max(0, Math.min(1, t));
        double k = t < 0.5 ? k10 : k21;
        return k == 0 ? domain[1] : transform.inverse(t1 + (t - 0.5) / k);
    }

    private double rangeToT(double y) {
        boolean ascending = range[2] >= range[0];
        boolean lower = ascending ? y < range[1] : y > range[1];
        int i = lower ? 0 : 1;
        return (i + Continuous.normalize(range[i], range[i + 1], y)) / 2;
    }

    @Override public double[] domain() { return domain.clone(); }
    @Override public double[] range() { return range.clone(); }
    @Override public boolean clamp() { return clamp; }
    @Override public DivergingScale withDomain(double... d) { return new DivergingScale(d, range, clamp, transform, base); }
    @Override public DivergingScale withRange(double... r) { return new DivergingScale(domain, r, clamp, transform, base); }
    @Override public DivergingScale withClamp(boolean c) { return new DivergingScale(domain, range, c, transform, base); }

    @Override public DivergingScale nice(int count) {
        return withDomain(transform instanceof Transform.Log ? new LogTicks(base, domain).nice(domain) : Ticks.niceLinear(domain, count));
    }

    @Override public DivergingScale nice() { return nice(10); }

    @Override public double[] ticks(int count) {
        if (transform instanceof Transform.Log) return new LogTicks(base, domain).ticks(domain, count);
        if (transform instanceof Transform.Symlog s) return SymlogTicks.ticks(domain[0], domain[2], count, s.constant());
        return Ticks.ticks(domain[0], domain[2], count);
    }

    @Override public NumberFormat tickFormat(int count, String specifierOrNull) {
        if (transform instanceof Transform.Log) return new LogTicks(base, domain).tickFormat(domain, count, specifierOrNull);
        return NumberFormat.forTicks(domain[0], domain[2], count, specifierOrNull);
    }

    @Override public boolean equals(Object o) {
        return o instanceof DivergingScale s && Arrays.equals(domain, s.domain) && Arrays.equals(range, s.range)
                && clamp == s.clamp && transform.equals(s.transform) && base == s.base;
    }
    @Override public int hashCode() { return Arrays.hashCode(domain) * 31 + transform.hashCode(); }
    @Override public String toString() {
        return "DivergingScale(" + transform + ")" + Arrays.toString(domain) + " → " + Arrays.toString(range);
    }
}
