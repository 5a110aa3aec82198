package dev.hmspec.scale;

import dev.hmspec.format.NumberFormat;

/** d3 {@code scaleLinear}: the identity transform. Default domain and range [0, 1]. */
public final class LinearScale implements ContinuousScale {
    private final Continuous core;

    private LinearScale(Continuous core) { this.core = core; }

    public static LinearScale create() { return of(0, 1, 0, 1); }

    public static LinearScale of(double d0, double d1, double r0, double r1) {
        return new LinearScale(new Continuous(new double[] {d0, d1}, new double[] {r0, r1}, false, new Transform.Identity()));
    }

    @Override public double apply(double x) { return core.apply(x); }
    @Override public double invert(double y) { return core.invert(y); }
    @Override public double[] domain() { return core.domain.clone(); }
    @Override public double[] range() { return core.range.clone(); }
    @Override public boolean clamp() { return core.clamp; }
    @Override public LinearScale withDomain(double... d) { return new LinearScale(core.withDomain(d)); }
    @Override public LinearScale withRange(double... r) { return new LinearScale(core.withRange(r)); }
    @Override public LinearScale withClamp(boolean c) { return new LinearScale(core.withClamp(c)); }
    @Override public LinearScale nice(int count) { return withDomain(Ticks.niceLinear(core.domain, count)); }
    @Override public LinearScale nice() { return nice(10); }

    @Override public double[] ticks(int count) {
        double[] d = core.domain;
        return Ticks.ticks(d[0], d[d.length - 1], count);
    }

    @Override public NumberFormat tickFormat(int count, String specifierOrNull) {
        double[] d = core.domain;
        return NumberFormat.forTicks(d[0], d[d.length - 1], count, specifierOrNull);
    }

    @Override public boolean equals(Object o) { return o instanceof LinearScale s && core.equals(s.core); }
    @Override public int hashCode() { return core.hashCode(); }
    @Override public String toString() { return "LinearScale" + core; }
}
