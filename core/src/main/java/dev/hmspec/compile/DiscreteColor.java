package dev.hmspec.compile;

import dev.hmspec.data.Column;
import dev.hmspec.format.NumberFormat;
import dev.hmspec.scale.DiscretizingScale;
import dev.hmspec.scale.OrdinalScale;
import dev.hmspec.scale.QuantileScale;
import dev.hmspec.scale.QuantizeScale;
import dev.hmspec.scale.ThresholdScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * A discrete color mapping: each value falls into one of k classes — a bin of a quantize,
 * quantile or threshold scale, or a category of an ordinal scale — drawn with the k-class
 * version of the scheme. The legend lists one swatch per class with its label: the bin's range
 * ("10 – 20", "< 0", "≥ 100") in the encoding's format, or the category.
 */
record DiscreteColor(ToIntFunction<Object> classOf, int[] colors, List<String> labels, boolean ascendingNumbers,
                     int noData, String title) implements ColorMapping {
    static final String DASH = " – ";

    @Override public int color(Object value) {
        int k = classOf.applyAsInt(value);
        return k < 0 ? noData : colors[k];
    }

    static DiscreteColor binned(ColorOptions o, Object[] values) {
        DiscretizingScale scale;
        NumberFormat format;
        switch (o.type()) {
            case "quantize": {
                double[] e = ContinuousColor.extent(values, o);
                QuantizeScale q = QuantizeScale.of(e[0], e[1], o.bins());
                scale = o.nice() ? q.nice() : q;
                format = NumberFormat.compile(",.4~r"); // equal cuts of the extent: exact, without trailing zeros
                break;
            }
            case "quantile":
                scale = QuantileScale.of(numbers(values), o.bins());
                format = NumberFormat.compile(",.3~r"); // cut points are data quantiles: 3 significant digits
                break;
            default:
                scale = ThresholdScale.of(o.thresholds().stream().mapToDouble(Double::doubleValue).toArray());
                format = NumberFormat.compile(","); // the spec's own numbers, as written
                break;
        }
        NumberFormat f = o.format().map(NumberFormat::compile).orElse(format);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < scale.bins(); i++) labels.add(label(scale.invertExtent(i), f));
        DiscretizingScale s = scale;
        return new DiscreteColor(v -> s.apply(ColorMapping.number(v)), SchemeChoice.classColors(o, scale.bins()), labels,
                true, SchemeChoice.noData(o), o.title());
    }

    /** "lo – hi", with open ends as "< hi" and "≥ lo" (threshold scales). */
    static String label(double[] extent, NumberFormat f) {
        if (extent[0] == Double.NEGATIVE_INFINITY) return "< " + f.format(extent[1]);
        if (extent[1] == Double.POSITIVE_INFINITY) return "≥ " + f.format(extent[0]);
        return f.format(extent[0]) + DASH + f.format(extent[1]);
    }

    static DiscreteColor ordinal(ColorOptions o, Column column) {
        List<Object> categories = Categories.of(column, Optional.empty(), Optional.empty(), java.util.Map.of());
        int[] colors = categories.isEmpty() ? new int[0] : SchemeChoice.classColors(o, categories.size());
        OrdinalScale scale = OrdinalScale.of(categories, Math.max(1, colors.length)); // no categories: every cell unknown
        List<String> labels = new ArrayList<>();
        for (Object c : categories) labels.add(String.valueOf(c));
        return new DiscreteColor(scale::apply, colors, labels, false, SchemeChoice.noData(o), o.title());
    }

    private static double[] numbers(Object[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) out[i] = ColorMapping.number(values[i]);
        return out;
    }
}
