package dev.hmspec.resolve;

import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.Statement;
import dev.hmspec.color.Color;
import dev.hmspec.color.Interpolation;
import dev.hmspec.data.FieldType;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The color channel's options, read once from the checked AST with their defaults: the one place
 * that knows the scale type's fallback, d3's parameter defaults and where the legend title comes from.
 */
final class ColorResolver {
    private ColorResolver() {}

    static ResolvedColor color(ResolvedField field, Statement.Encoding e) {
        ResolvedColorScale options = scale(e, field.type());
        boolean legend = !e.option(EncodingOption.Legend.class).map(l -> l.title().isEmpty()).orElse(false);
        var format = e.option(EncodingOption.Format.class).map(EncodingOption.Format::specifier);
        OptionalDouble impute = e.option(EncodingOption.Impute.class).map(i -> OptionalDouble.of(i.value()))
                .orElse(OptionalDouble.empty());
        return new ResolvedColor(field, options.type(), legend, format, e.span(), options, OptionReads.fieldFormat(e, 0),
                impute);
    }

    /** The scale of a color encoding (or of an annotation bar written as one) over a field of this type. */
    static ResolvedColorScale scale(Statement.Encoding color, FieldType fieldType) {
        Optional<EncodingOption.Scale> scale = color.option(EncodingOption.Scale.class);
        String type = scale.map(s -> s.type().text()).orElse(
                fieldType == FieldType.NUMBER ? "linear" : fieldType == FieldType.TEMPORAL ? "time" : "ordinal");
        double parameter = Double.NaN; // exponent, base or constant: the type decides which applies
        for (EncodingOption.ParameterKind k : List.of(EncodingOption.ParameterKind.EXPONENT,
                EncodingOption.ParameterKind.BASE, EncodingOption.ParameterKind.CONSTANT)) {
            Optional<Double> v = OptionReads.parameter(color, k);
            if (v.isPresent()) parameter = v.get();
        }
        Optional<EncodingOption.Scheme> scheme = color.option(EncodingOption.Scheme.class);
        OptionalInt classes = scheme.map(EncodingOption.Scheme::classes).orElse(OptionalInt.empty());
        int bins = OptionReads.parameter(color, EncodingOption.ParameterKind.BINS).map(Double::intValue)
                .orElse(classes.isPresent() ? classes.getAsInt() : ResolvedColorScale.DEFAULT_BINS);
        List<Integer> range = new ArrayList<>();
        color.option(EncodingOption.Range.class)
                .ifPresent(r -> r.colors().forEach(c -> range.add(Color.parse(c).orElse(0xFF000000))));
        Optional<String> givenTitle = color.option(EncodingOption.Legend.class).flatMap(EncodingOption.Legend::title)
                .or(() -> color.option(EncodingOption.Title.class).map(EncodingOption.Title::text));
        return new ResolvedColorScale(type, scale.map(EncodingOption.Scale::values).orElse(List.of()), parameter, bins, classes,
                color.option(EncodingOption.Interpolate.class).flatMap(i -> Interpolation.find(i.space().text())),
                OptionReads.parameter(color, EncodingOption.ParameterKind.TICKS).map(Double::intValue)
                        .orElse(ResolvedColorScale.DEFAULT_TICKS),
                color.option(EncodingOption.Zone.class).map(z -> ZoneId.of(z.id())).orElse(ZoneOffset.UTC),
                OptionReads.flag(color, EncodingOption.FlagKind.REVERSE), OptionReads.flag(color, EncodingOption.FlagKind.NICE),
                OptionReads.flag(color, EncodingOption.FlagKind.ZERO), OptionReads.flag(color, EncodingOption.FlagKind.CLAMP),
                color.option(EncodingOption.Domain.class).map(d -> new ResolvedColorScale.Domain(d.min(), d.max())),
                color.option(EncodingOption.Midpoint.class).map(EncodingOption.Midpoint::value),
                color.option(EncodingOption.NoData.class).flatMap(n -> Color.parse(n.color())),
                color.option(EncodingOption.Format.class).map(EncodingOption.Format::specifier),
                givenTitle.orElse(color.field().field().text()), givenTitle.isPresent(),
                scheme.map(s -> s.name().text()), range);
    }
}
