package dev.hmspec.scale;

import dev.hmspec.format.NumberFormat;

/**
 * d3 {@code scaleLog}: normalizes in log space. The domain must be strictly positive or strictly
 * negative (d3 reflects negative domains: -log(-x)); callers check with {@link #validDomain}
 * first and report a diagnostic, the constructor throws. The base only affects ticks, nice and
 * tick formats, never the mapping.
 */
public final class LogScale implements ContinuousScale {
    private final Continuous core;
    private final double base;

    private LogScale(Continuous core, double base) {
        if (!validDomain(core.domain))
            throw new IllegalArgumentException("a log scale domain must be all positive or all negative, got "
                    + java.util.Arrays.toString(core.domain));
        if (!(base > 0 && base != 1 && Double.isFinite(base)))
            throw new IllegalArgumentException("a log base must be positive and not 1, got " + base);
        this.core = core.withTransform(new Transform.Log(core.domain[0] < 0));
        this.base = base;
    }

    public static LogScale of(double d0, double d1, double r0, double r1) { return of(10, d0, d1, r0, r1); }

    public static LogScale of(double base, double d0, double d1, double r0, double r1) {
        return new LogScale(new Continuous(new double[] {d0, d1}, new double[] {r0, r1}, false, new Transform.Log(false)), base);
    }

    /** True when every value is finite and non-zero and all share one sign. */
    public static boolean validDomain(double... domain) {
        if (domain.length == 0) return false;
        boolean negative = domain[0] < 0;
        for (double d : domain) {
            if (!(d != 0 && Double.isFinite(d)) || (d < 0) != negative) return false;
        }
        return true;
    }

    public double base() { return base; }

    public LogScale withBase(double b) { return new LogScale(core, b); }

    private LogTicks logTicks() { return new LogTicks(base, core.domain); }

    @Override public double apply(double x) { return core.apply(x); }
    @Override public double invert(double y) { return core.invert(y); }
    @Override public double[] domain() { return core.domain.clone(); }
    @Override public double[] range() { return core.range.clone(); }
    @Override public boolean clamp() { return core.clamp; }
    @Override public LogScale withDomain(double... d) { return new LogScale(core.withDomain(d), base); }
    @Override public LogScale withRange(double... r) { return new LogScale(core.withRange(r), base); }
    @Override public LogScale withClamp(boolean c) { return new LogScale(core.withClamp(c), base); }

    /** Extends the domain to powers of the base; the count is ignored, as in d3. */
    @Override public LogScale nice(int count) { return withDomain(logTicks().nice(core.domain)); }
    @Override public LogScale nice() { return nice(10); }
    @Override public double[] ticks(int count) { return logTicks().ticks(core.domain, count); }

    @Override public NumberFormat tickFormat(int count, String specifierOrNull) {
        return logTicks().tickFormat(core.domain, count, specifierOrNull);
    }

    @Override public boolean equals(Object o) { return o instanceof LogScale s && core.equals(s.core) && base == s.base; }
    @Override public int hashCode() { return core.hashCode() * 31 + Double.hashCode(base); }
    @Override public String toString() { return "LogScale(base " + base + ")" + core; }
}
