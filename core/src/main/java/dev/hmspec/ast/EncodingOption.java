package dev.hmspec.ast;

import dev.hmspec.source.Span;
import java.util.List;
import java.util.Optional;

/** Options in an encoding's braces: scale, axis and legend settings. */
public sealed interface EncodingOption permits EncodingOption.Title, EncodingOption.Format,
        EncodingOption.Scale, EncodingOption.Scheme, EncodingOption.Domain, EncodingOption.Range,
        EncodingOption.Flag, EncodingOption.Midpoint, EncodingOption.Legend, EncodingOption.AxisNone,
        EncodingOption.LabelAngle, EncodingOption.Sort, EncodingOption.NoData, EncodingOption.Unknown {
    Span span();

    record Title(String text, Span span) implements EncodingOption {}
    record Format(String specifier, Span span) implements EncodingOption {}
    record Scale(Name type, Span span) implements EncodingOption {}
    record Scheme(Name name, Span span) implements EncodingOption {}
    record Domain(double min, double max, Span span) implements EncodingOption {}
    record Range(List<String> colors, List<Span> colorSpans, Span span) implements EncodingOption {
        public Range { colors = List.copyOf(colors); colorSpans = List.copyOf(colorSpans); }
    }
    record Flag(FlagKind kind, Span span) implements EncodingOption {}
    record Midpoint(double value, Span span) implements EncodingOption {}
    /** {@code legend "Commits"} or {@code legend none}. */
    record Legend(Optional<String> title, Span span) implements EncodingOption {}
    record AxisNone(Span span) implements EncodingOption {}
    record LabelAngle(double degrees, Span span) implements EncodingOption {}
    record Sort(SortOrder order, Span span) implements EncodingOption {}
    record NoData(String color, Span span) implements EncodingOption {}
    /** A name that is no option (a typo); kept so the checker can suggest the right one. */
    record Unknown(Name name, Span span) implements EncodingOption {}

    enum FlagKind { REVERSE, NICE, ZERO, CLAMP }

    sealed interface SortOrder permits Ascending, Descending, Natural, ByField, Explicit {}
    record Ascending() implements SortOrder {}
    record Descending() implements SortOrder {}
    /** Numbers by value, text with embedded numbers naturally, weekday/month names in calendar order. */
    record Natural() implements SortOrder {}
    /** Order categories by another field's value (e.g. {@code sort by value descending}). */
    record ByField(Name field, boolean descending) implements SortOrder {}
    /** An explicit list; values not listed follow in natural order. */
    record Explicit(List<Object> values) implements SortOrder {
        public Explicit { values = List.copyOf(values); }
    }
}
