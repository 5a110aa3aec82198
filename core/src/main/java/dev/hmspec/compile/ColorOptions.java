package dev.hmspec.compile;

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
import java.util.OptionalInt;

/**
 * The color encoding's options, read once from the (checked) AST with their defaults resolved:
 * the scale type falls back on the field's type (number → linear, temporal → time, text →
 * ordinal), parameters on d3's defaults. Everything downstream reads this record, not the AST.
 */
record ColorOptions(String type, List<Double> thresholds, double parameter, int bins, OptionalInt classes,
                    Optional<Interpolation> interpolation, int ticks, ZoneId zone, boolean reverse, boolean nice,
                    boolean zero, boolean clamp, Optional<double[]> domain, Optional<Double> midpoint,
                    Optional<Integer> noData, Optional<String> format, String title, Optional<String> scheme,
                    List<Integer> range) {

    static final int DEFAULT_TICKS = 5;
    static final int DEFAULT_BINS = 5;

    static ColorOptions of(Statement.Encoding color, FieldType fieldType) {
        Optional<EncodingOption.Scale> scale = color.option(EncodingOption.Scale.class);
        String type = scale.map(s -> s.type().text()).orElse(
                fieldType == FieldType.NUMBER ? "linear" : fieldType == FieldType.TEMPORAL ? "time" : "ordinal");
        double parameter = Double.NaN; // exponent, base or constant: the type decides which applies
        for (EncodingOption.ParameterKind k : List.of(EncodingOption.ParameterKind.EXPONENT,
                EncodingOption.ParameterKind.BASE, EncodingOption.ParameterKind.CONSTANT)) {
            Optional<Double> v = parameter(color, k);
            if (v.isPresent()) parameter = v.get();
        }
        Optional<EncodingOption.Scheme> scheme = color.option(EncodingOption.Scheme.class);
        OptionalInt classes = scheme.map(EncodingOption.Scheme::classes).orElse(OptionalInt.empty());
        int bins = parameter(color, EncodingOption.ParameterKind.BINS).map(Double::intValue)
                .orElse(classes.isPresent() ? classes.getAsInt() : DEFAULT_BINS);
        List<Integer> range = new ArrayList<>();
        color.option(EncodingOption.Range.class).ifPresent(r -> r.colors().forEach(c -> range.add(Color.parse(c).orElse(0xFF000000))));
        String title = color.option(EncodingOption.Legend.class).flatMap(EncodingOption.Legend::title)
                .or(() -> color.option(EncodingOption.Title.class).map(EncodingOption.Title::text))
                .orElse(color.field().field().text());
        return new ColorOptions(type, scale.map(EncodingOption.Scale::values).orElse(List.of()), parameter, bins, classes,
                color.option(EncodingOption.Interpolate.class).flatMap(i -> Interpolation.find(i.space().text())),
                parameter(color, EncodingOption.ParameterKind.TICKS).map(Double::intValue).orElse(DEFAULT_TICKS),
                color.option(EncodingOption.Zone.class).map(z -> ZoneId.of(z.id())).orElse(ZoneOffset.UTC),
                flag(color, EncodingOption.FlagKind.REVERSE), flag(color, EncodingOption.FlagKind.NICE),
                flag(color, EncodingOption.FlagKind.ZERO), flag(color, EncodingOption.FlagKind.CLAMP),
                color.option(EncodingOption.Domain.class).map(d -> new double[] {d.min(), d.max()}),
                color.option(EncodingOption.Midpoint.class).map(EncodingOption.Midpoint::value),
                color.option(EncodingOption.NoData.class).flatMap(n -> Color.parse(n.color())),
                color.option(EncodingOption.Format.class).map(EncodingOption.Format::specifier),
                title, scheme.map(s -> s.name().text()), List.copyOf(range));
    }

    boolean diverging() { return type.equals("diverging") || midpoint.isPresent(); }

    private static Optional<Double> parameter(Statement.Encoding e, EncodingOption.ParameterKind kind) {
        return e.options().stream().filter(o -> o instanceof EncodingOption.Parameter p && p.kind() == kind)
                .map(o -> ((EncodingOption.Parameter) o).value()).reduce((a, b) -> b);
    }

    private static boolean flag(Statement.Encoding e, EncodingOption.FlagKind kind) {
        return e.options().stream().anyMatch(o -> o instanceof EncodingOption.Flag f && f.kind() == kind);
    }
}
