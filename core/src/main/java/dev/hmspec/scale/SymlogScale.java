package dev.hmspec.scale;

import dev.hmspec.format.NumberFormat;

/**
 * d3 {@code scaleSymlog}: the {@link Transform.Symlog} pair on the shared core. Unlike log it
 * accepts zero and zero-crossing domains. Nice and tick formats are linear ones (d3's linearish);
 * ticks come from {@link SymlogTicks}, which places powers of ten when the domain spans decades.
 */
public final class SymlogScale implements ContinuousScale {
    private final Continuous core;

    private SymlogScale(Continuous core) { this.core = core; }

    public static SymlogScale of(double constant, double d0, double d1, double r0, double r1) {
        return new SymlogScale(new Continuous(new double[] {d0, d1}, new double[] {r0, r1}, false, new Transform.Symlog(constant)));
    }

    /** d3's default constant 1. */
    public static SymlogScale of(double d0, double d1, double r0, double r1) { return of(1, d0, d1, r0, r1); }

    public double constant() { return ((Transform.Symlog) core.transform).constant(); }

    public SymlogScale withConstant(double c) { return new SymlogScale(core.withTransform(new Transform.Symlog(c))); }

    @Override public double apply(double x) { return core.apply(x); }
    @Override public double invert(double y) { return core.invert(y); }
    @Override public double[] domain() { return core.domain.clone(); }
    @Override public double[] range() { return core.range.clone(); }
    @Override public boolean clamp() { return core.clamp; }
    @Override public SymlogScale withDomain(double... d) { return new SymlogScale(core.withDomain(d)); }
    @Override public SymlogScale withRange(double... r) { return new SymlogScale(core.withRange(r)); }
    @Override public SymlogScale withClamp(boolean c) { return new SymlogScale(core.withClamp(c)); }
    @Override public SymlogScale nice(int count) { return withDomain(Ticks.niceLinear(core.domain, count)); }
    @Override public SymlogScale nice() { return nice(10); }

    @Override public double[] ticks(int count) {
        double[] d = core.domain;
        return SymlogTicks.ticks(d[0], d[d.length - 1], count, constant());
    }

    @Override public NumberFormat tickFormat(int count, String specifierOrNull) {
        double[] d = core.domain;
        if (specifierOrNull == null && SymlogTicks.spansDecades(d[0], d[d.length - 1], constant()))
            return NumberFormat.compile(",~r"); // mixed magnitudes: each tick with its own digits
        return NumberFormat.forTicks(d[0], d[d.length - 1], count, specifierOrNull);
    }

    @Override public boolean equals(Object o) { return o instanceof SymlogScale s && core.equals(s.core); }
    @Override public int hashCode() { return core.hashCode(); }
    @Override public String toString() { return "SymlogScale(" + constant() + ")" + core; }
}
