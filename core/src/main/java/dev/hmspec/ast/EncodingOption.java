package dev.hmspec.ast;

import dev.hmspec.source.Span;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Options in an encoding's braces: scale, axis and legend settings. */
public sealed interface EncodingOption permits EncodingOption.Title, EncodingOption.Format,
        EncodingOption.Scale, EncodingOption.Scheme, EncodingOption.Domain, EncodingOption.Range,
        EncodingOption.Flag, EncodingOption.Midpoint, EncodingOption.Legend, EncodingOption.AxisNone,
        EncodingOption.LabelAngle, EncodingOption.Sort, EncodingOption.NoData, EncodingOption.Unknown,
        EncodingOption.Parameter, EncodingOption.Interpolate, EncodingOption.Zone, EncodingOption.Padding,
        EncodingOption.Impute, EncodingOption.Shared {
    Span span();

    record Title(String text, Span span) implements EncodingOption {}
    record Format(String specifier, Span span) implements EncodingOption {}
    /** {@code scale log}; a threshold scale lists its cut points: {@code scale threshold 0, 10, 20}. */
    record Scale(Name type, List<Double> values, Span span) implements EncodingOption {
        public Scale { values = List.copyOf(values); }
        public Scale(Name type, Span span) { this(type, List.of(), span); }
    }
    /** {@code scheme blues} or, with a class count, {@code scheme blues 7}. */
    record Scheme(Name name, OptionalInt classes, Span classesSpan, Span span) implements EncodingOption {
        public Scheme(Name name, Span span) { this(name, OptionalInt.empty(), span, span); }
    }
    /** A numeric scale parameter: {@code exponent 2}, {@code constant 1}, {@code base 2}, {@code bins 5}, {@code ticks 4}. */
    record Parameter(ParameterKind kind, double value, Span valueSpan, Span span) implements EncodingOption {}
    /** {@code interpolate lab}: the color space a ramp blends in. */
    record Interpolate(Name space, Span span) implements EncodingOption {}
    /** {@code zone "Europe/Berlin"}: the calendar of a time scale's ticks and labels. */
    record Zone(String id, Span idSpan, Span span) implements EncodingOption {}
    record Domain(double min, double max, Span span) implements EncodingOption {}
    record Range(List<String> colors, List<Span> colorSpans, Span span) implements EncodingOption {
        public Range { colors = List.copyOf(colors); colorSpans = List.copyOf(colorSpans); }
    }
    /**
     * {@code padding 0.08} on x or y: the gap between neighbouring cells as a fraction of the
     * band step (the checker keeps it in [0, 1)).
     */
    record Padding(double fraction, Span valueSpan, Span span) implements EncodingOption {}
    record Flag(FlagKind kind, Span span) implements EncodingOption {}
    record Midpoint(double value, Span span) implements EncodingOption {}
    /** {@code impute 0} on color: grid cells that no row reaches take this value instead of no data. */
    record Impute(double value, Span valueSpan, Span span) implements EncodingOption {}
    /** {@code legend "Commits"} or {@code legend none}. */
    record Legend(Optional<String> title, Span span) implements EncodingOption {}
    record AxisNone(Span span) implements EncodingOption {}
    record LabelAngle(double degrees, Span span) implements EncodingOption {}
    record Sort(SortOrder order, Span span) implements EncodingOption {}
    record NoData(String color, Span span) implements EncodingOption {}
    /** A name that is no option (a typo); kept so the checker can suggest the right one. */
    record Unknown(Name name, Span span) implements EncodingOption {}

    /** ROUND (x, y): snap band edges to whole pixels. ROBUST (color): 2nd–98th percentile domain, clamped. */
    enum FlagKind { REVERSE, NICE, ZERO, CLAMP, ROUND, ROBUST }

    enum ParameterKind {
        EXPONENT, CONSTANT, BASE, BINS, TICKS;

        public String keyword() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    sealed interface SortOrder permits Ascending, Descending, Natural, ByField, Explicit {}
    record Ascending() implements SortOrder {}
    record Descending() implements SortOrder {}
    /** Numbers by value, text with embedded numbers naturally, weekday/month names in calendar order. */
    record Natural() implements SortOrder {}
    /**
     * Order categories by another field's values aggregated over the other axis: {@code sort by
     * value descending} sums them, {@code sort by mean(value)} names the aggregate.
     */
    record ByField(Name field, boolean descending, Optional<Name> aggregate) implements SortOrder {
        public ByField(Name field, boolean descending) { this(field, descending, Optional.empty()); }

        /** The aggregate's name, {@code sum} when none is given. */
        public String aggregateName() { return aggregate.map(Name::text).orElse("sum"); }
    }
    /** An explicit list; values not listed follow in natural order. */
    record Explicit(List<Object> values) implements SortOrder {
        public Explicit { values = List.copyOf(values); }
    }

    /** {@code shared "temp"} on color: every view or panel naming it trains one domain, one legend. */
    record Shared(String name, Span nameSpan, Span span) implements EncodingOption {}
}
