package dev.hmspec.scale;

import dev.hmspec.format.NumberFormat;

/**
 * d3 {@code scalePow}: x ↦ sign(x)·|x|^k before normalizing. Ticks, nice and tick formats are
 * linear ones (d3's powish is linearish), computed on the untransformed domain.
 */
public final class PowScale implements ContinuousScale {
    private final Continuous core;

    private PowScale(Continuous core) { this.core = core; }

    public static PowScale of(double exponent, double d0, double d1, double r0, double r1) {
        return new PowScale(new Continuous(new double[] {d0, d1}, new double[] {r0, r1}, false, new Transform.Pow(exponent)));
    }

    /** d3 {@code scaleSqrt}: exponent 0.5, the usual choice for counts mapped to area or color. */
    public static PowScale sqrt(double d0, double d1, double r0, double r1) { return of(0.5, d0, d1, r0, r1); }

    public double exponent() { return ((Transform.Pow) core.transform).exponent(); }

    public PowScale withExponent(double exponent) { return new PowScale(core.withTransform(new Transform.Pow(exponent))); }

    @Override public double apply(double x) { return core.apply(x); }
    @Override public double invert(double y) { return core.invert(y); }
    @Override public double[] domain() { return core.domain.clone(); }
    @Override public double[] range() { return core.range.clone(); }
    @Override public boolean clamp() { return core.clamp; }
    @Override public PowScale withDomain(double... d) { return new PowScale(core.withDomain(d)); }
    @Override public PowScale withRange(double... r) { return new PowScale(core.withRange(r)); }
    @Override public PowScale withClamp(boolean c) { return new PowScale(core.withClamp(c)); }
    @Override public PowScale nice(int count) { return withDomain(Ticks.niceLinear(core.domain, count)); }
    @Override public PowScale nice() { return nice(10); }

    @Override public double[] ticks(int count) {
        double[] d = core.domain;
        return Ticks.ticks(d[0], d[d.length - 1], count);
    }

    @Override public NumberFormat tickFormat(int count, String specifierOrNull) {
        double[] d = core.domain;
        return NumberFormat.forTicks(d[0], d[d.length - 1], count, specifierOrNull);
    }

    @Override public boolean equals(Object o) { return o instanceof PowScale s && core.equals(s.core); }
    @Override public int hashCode() { return core.hashCode(); }
    @Override public String toString() { return "PowScale(" + exponent() + ")" + core; }
}
