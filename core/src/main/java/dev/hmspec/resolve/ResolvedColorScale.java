package dev.hmspec.resolve;

import dev.hmspec.color.Interpolation;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A color scale's options as the spec sets them, each with its default (the grid's color
 * channel, or an annotation bar's colors): the scale type falls back on the field's type
 * (number → linear, temporal → time, text → ordinal), parameters on d3's defaults (NaN), the
 * legend title on the field's name. The compile stage trains the scale from this, never from the AST.
 *
 * @param type       the scale's name as checked (linear, log, quantize, ordinal, time …)
 * @param thresholds a threshold scale's cut points, else empty
 * @param parameter  exponent, base or constant (the type decides which applies); NaN for the default
 * @param bins       quantize / quantile classes: {@code bins}, else the scheme's class count, else 5
 * @param ticks      colorbar ticks asked for, 5 by default
 * @param zone       a time scale's calendar, UTC by default
 * @param noData     the {@code nodata} color (ARGB), if given
 * @param format     the {@code format} option (legend labels)
 * @param title      the legend title: the {@code legend} title, else the {@code title} option, else the field
 * @param titleGiven whether the spec wrote that title (else a derived title may replace it)
 * @param range      a custom {@code range} of colors (ARGB), else empty
 */
public record ResolvedColorScale(String type, List<Double> thresholds, double parameter, int bins, OptionalInt classes,
                                 Optional<Interpolation> interpolation, int ticks, ZoneId zone, boolean reverse,
                                 boolean nice, boolean zero, boolean clamp, Optional<Domain> domain,
                                 Optional<Double> midpoint, Optional<Integer> noData, Optional<String> format,
                                 String title, boolean titleGiven, Optional<String> scheme, List<Integer> range) {
    public static final int DEFAULT_TICKS = 5;
    public static final int DEFAULT_BINS = 5;

    /** How values become colors, by scale type: the closed set the compiler dispatches on. */
    public enum Family { CONTINUOUS, TIME, BINNED, ORDINAL }

    /** An explicit {@code domain min .. max}. */
    public record Domain(double min, double max) {}

    public ResolvedColorScale {
        thresholds = List.copyOf(thresholds);
        range = List.copyOf(range);
    }

    /** A scale with no options written: every default, the type already chosen. */
    public static ResolvedColorScale defaults(String type, String title) {
        return new ResolvedColorScale(type, List.of(), Double.NaN, DEFAULT_BINS, OptionalInt.empty(), Optional.empty(),
                DEFAULT_TICKS, ZoneOffset.UTC, false, false, false, false, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), title, false, Optional.empty(), List.of());
    }

    public Family family() {
        switch (type) {
            case "quantize": case "quantile": case "threshold": return Family.BINNED;
            case "ordinal": return Family.ORDINAL;
            case "time": return Family.TIME;
            default: return Family.CONTINUOUS;
        }
    }

    /** A diverging scale: {@code scale diverging}, or any continuous type given a midpoint. */
    public boolean diverging() { return type.equals("diverging") || midpoint.isPresent(); }

    /** The same scale trained with another domain, clamping or title (robust and normalized grids). */
    public ResolvedColorScale with(Optional<Domain> domain, boolean clamp, String title) {
        return new ResolvedColorScale(type, thresholds, parameter, bins, classes, interpolation, ticks, zone, reverse, nice,
                zero, clamp, domain, midpoint, noData, format, title, titleGiven, scheme, range);
    }
}
