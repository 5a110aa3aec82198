package dev.hmspec.compile;

import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.Statement;
import dev.hmspec.color.Color;
import dev.hmspec.color.ColorScheme;
import dev.hmspec.color.Schemes;
import dev.hmspec.format.NumberFormat;
import dev.hmspec.scale.ContinuousScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The trained color scale of a view (ggplot2: scales are trained on the data, then map it):
 * value ──scale──▶ t ∈ [0, 1] ──scheme──▶ color. Legends are built from this, never from
 * raw data, so the colorbar's extent is exactly the scale's domain.
 */
record ColorMapping(ContinuousScale scale, ColorScheme scheme, boolean reverse, int noData,
                    String title, NumberFormat tickFormat, double[] ticks, boolean diverging) {

    static final int DEFAULT_NO_DATA = 0xFFEEEEEE;

    int color(double v) {
        if (Double.isNaN(v)) return noData;
        double t = scale.apply(v);
        if (Double.isNaN(t)) return noData;
        return scheme.at(reverse ? 1 - t : t);
    }

    /** Color at a position t along the legend ramp (0 = domain start). */
    int colorAt(double t) { return scheme.at(reverse ? 1 - t : t); }

    double[] domain() { return scale.domain(); }

    static ColorMapping train(Statement.Encoding color, double[] values) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        }
        if (lo > hi) { lo = 0; hi = 1; }
        Optional<EncodingOption.Domain> explicit = color.option(EncodingOption.Domain.class);
        if (explicit.isPresent()) { lo = explicit.get().min(); hi = explicit.get().max(); }
        if (has(color, EncodingOption.FlagKind.ZERO)) { lo = Math.min(lo, 0); hi = Math.max(hi, 0); }
        String type = color.option(EncodingOption.Scale.class).map(s -> s.type().text()).orElse("linear");
        Optional<Double> midpoint = color.option(EncodingOption.Midpoint.class).map(EncodingOption.Midpoint::value);
        ContinuousScale scale = ScaleFactory.create(type, lo, hi, midpoint);
        if (has(color, EncodingOption.FlagKind.NICE) && explicit.isEmpty() && midpoint.isEmpty()) scale = scale.nice(5);
        scale = scale.withClamp(has(color, EncodingOption.FlagKind.CLAMP));

        boolean diverging = midpoint.isPresent() || type.equals("diverging");
        boolean reverse = has(color, EncodingOption.FlagKind.REVERSE);
        ColorScheme scheme;
        Optional<EncodingOption.Range> range = color.option(EncodingOption.Range.class);
        Optional<EncodingOption.Scheme> named = color.option(EncodingOption.Scheme.class);
        if (range.isPresent()) {
            List<Integer> colors = new ArrayList<>();
            for (String c : range.get().colors()) colors.add(Color.parse(c).orElse(0xFF000000));
            scheme = ColorScheme.fromColors(colors);
        } else if (named.isPresent()) {
            scheme = Schemes.find(named.get().name().text()).orElseThrow();
        } else if (diverging) {
            scheme = Schemes.find("rdbu").orElseThrow();
            reverse = !reverse; // blue for low, red for high unless the spec reverses it
        } else {
            scheme = Schemes.find("viridis").orElseThrow();
        }
        int noData = color.option(EncodingOption.NoData.class).flatMap(n -> Color.parse(n.color()))
                .orElse(scheme.name().equalsIgnoreCase("greys") ? 0xFFFDE0DD : DEFAULT_NO_DATA);
        String title = color.option(EncodingOption.Legend.class).flatMap(EncodingOption.Legend::title)
                .or(() -> color.option(EncodingOption.Title.class).map(EncodingOption.Title::text))
                .orElse(color.field().field().text());
        NumberFormat format = color.option(EncodingOption.Format.class).map(f -> NumberFormat.compile(f.specifier()))
                .orElse(scale.tickFormat(5, null));
        double[] ticks = scale.ticks(5);
        return new ColorMapping(scale, scheme, reverse, noData, title, format, ticks, diverging);
    }

    private static boolean has(Statement.Encoding e, EncodingOption.FlagKind kind) {
        return e.options().stream().anyMatch(o -> o instanceof EncodingOption.Flag f && f.kind() == kind);
    }
}
