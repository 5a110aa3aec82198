package dev.hmspec.scale;

import dev.hmspec.format.NumberFormat;

/**
 * A scale from a continuous domain to a continuous range (d3-scale's continuous family). Every
 * implementation shares one core ({@link Continuous}: normalize domain→t, interpolate t→range)
 * and adds only its transform, ticks and nice. Instances are immutable; the withers return copies.
 *
 * <p>Shared laws: NaN maps to NaN; a degenerate domain (d0 == d1) maps to the middle of the range;
 * {@code invert(apply(x)) ≈ x} for unclamped in-domain x; with clamp, output stays in the range.
 */
public sealed interface ContinuousScale extends Scale permits LinearScale, PowScale, LogScale, SymlogScale, DivergingScale {
    double apply(double x);

    /** The domain value for a range value; with clamp, the result is clamped to the domain. */
    double invert(double y);

    /** A copy of the domain. */
    double[] domain();

    /** A copy of the range. */
    double[] range();

    boolean clamp();

    ContinuousScale withDomain(double... domain);

    ContinuousScale withRange(double... range);

    ContinuousScale withClamp(boolean clamp);

    /** Extends the domain to nice round values (d3 {@code scale.nice(count)}). */
    ContinuousScale nice(int count);

    default ContinuousScale nice() { return nice(10); }

    /** About {@code count} representative values in the domain, in domain order. */
    double[] ticks(int count);

    default double[] ticks() { return ticks(10); }

    /**
     * A formatter suited to {@link #ticks(int) ticks(count)}: the specifier's precision is
     * derived from the tick step unless given. {@code specifierOrNull} uses the type's default.
     */
    NumberFormat tickFormat(int count, String specifierOrNull);

    default NumberFormat tickFormat() { return tickFormat(10, null); }
}
