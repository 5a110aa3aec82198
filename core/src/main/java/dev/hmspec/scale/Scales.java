package dev.hmspec.scale;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Factories by name, for the compiler: the spec says {@code scale sqrt}, this builds it. */
public final class Scales {
    /** The continuous type names {@link #continuous} accepts (for did-you-mean). */
    public static final List<String> CONTINUOUS_TYPES = List.of("linear", "sqrt", "pow", "log", "symlog");

    private Scales() {}

    /**
     * A continuous scale by type name ("linear", "sqrt", "pow", "log", "symlog"; case-insensitive).
     * {@code parameter} is the exponent for "pow" (default 1), the base for "log" (default 10) or
     * the constant for "symlog" (default 1); NaN for the default; ignored otherwise. Empty for an
     * unknown type name.
     *
     * @throws IllegalArgumentException for a log domain that is not all positive or all negative
     */
    public static Optional<ContinuousScale> continuous(String type, double parameter,
                                                       double d0, double d1, double r0, double r1) {
        switch (type.toLowerCase(Locale.ROOT)) {
            case "linear": return Optional.of(LinearScale.of(d0, d1, r0, r1));
            case "sqrt": return Optional.of(PowScale.sqrt(d0, d1, r0, r1));
            case "pow": return Optional.of(PowScale.of(or(parameter, 1), d0, d1, r0, r1));
            case "log": return Optional.of(LogScale.of(or(parameter, 10), d0, d1, r0, r1));
            case "symlog": return Optional.of(SymlogScale.of(or(parameter, 1), d0, d1, r0, r1));
            default: return Optional.empty();
        }
    }

    /** {@link #continuous(String, double, double, double, double, double)} with the default parameter. */
    public static Optional<ContinuousScale> continuous(String type, double d0, double d1, double r0, double r1) {
        return continuous(type, Double.NaN, d0, d1, r0, r1);
    }

    /**
     * A diverging scale wrapping the named type, mapping [d0, mid, d1] to t in [0, 1].
     * Empty for an unknown type name.
     */
    public static Optional<DivergingScale> diverging(String type, double parameter, double d0, double mid, double d1) {
        switch (type.toLowerCase(Locale.ROOT)) {
            case "linear": return Optional.of(DivergingScale.linear(d0, mid, d1));
            case "sqrt": return Optional.of(DivergingScale.sqrt(d0, mid, d1));
            case "pow": return Optional.of(DivergingScale.pow(or(parameter, 1), d0, mid, d1));
            case "log": return Optional.of(DivergingScale.log(or(parameter, 10), d0, mid, d1));
            case "symlog": return Optional.of(DivergingScale.symlog(or(parameter, 1), d0, mid, d1));
            default: return Optional.empty();
        }
    }

    private static double or(double parameter, double fallback) { return Double.isNaN(parameter) ? fallback : parameter; }
}
