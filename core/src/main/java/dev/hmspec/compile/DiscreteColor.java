package dev.hmspec.compile;

import dev.hmspec.data.Column;
import dev.hmspec.format.NumberFormat;
import dev.hmspec.resolve.ResolvedColorScale;
import dev.hmspec.resolve.ResolvedSort;
import dev.hmspec.scale.DiscretizingScale;
import dev.hmspec.scale.QuantileScale;
import dev.hmspec.scale.QuantizeScale;
import dev.hmspec.scale.ThresholdScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleToIntFunction;

/**
 * A discrete color mapping: each value falls into one of k classes — a bin of a quantize,
 * quantile or threshold scale, or a category of an ordinal scale — drawn with the k-class
 * version of the scheme. The legend lists one swatch per class with its label: the bin's range
 * ("10 – 20", "< 0", "≥ 100") in the encoding's format, or the category. Categories cycle
 * through the colors when there are more of them (d3's ordinal scale).
 *
 * @param classOf    the class of a numeric value (-1: none)
 * @param codeClass  the class of each category code of a text or boolean field, or null
 */
record DiscreteColor(DoubleToIntFunction classOf, int[] codeClass, int[] colors, List<String> labels,
                     boolean ascendingNumbers, int noData, String title) implements ColorMapping {
    static final String DASH = " – ";

    @Override public int color(double value) { return colorOfClass(classOf.applyAsInt(value)); }

    int colorOfClass(int k) { return k < 0 ? noData : colors[k]; }

    /** The class of a category code (-1 for a missing value or one outside the domain). */
    int classOfCode(int code) { return code < 0 || codeClass == null || code >= codeClass.length ? -1 : codeClass[code]; }

    @Override public int[] colors(CellData cells) {
        int n = cells.values().length;
        int[] out = new int[n];
        if (cells.categorical()) {
            for (int i = 0; i < n; i++) out[i] = colorOfClass(classOfCode(cells.colorCodes()[i]));
        } else {
            for (int i = 0; i < n; i++) out[i] = color(cells.values()[i]);
        }
        return out;
    }

    static DiscreteColor binned(ResolvedColorScale o, double[] values) {
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
                scale = QuantileScale.of(values, o.bins());
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
        return new DiscreteColor(s::apply, null, SchemeChoice.classColors(o, scale.bins()), labels,
                true, SchemeChoice.noData(o), o.title());
    }

    /** "lo – hi", with open ends as "< hi" and "≥ lo" (threshold scales). */
    static String label(double[] extent, NumberFormat f) {
        if (extent[0] == Double.NEGATIVE_INFINITY) return "< " + f.format(extent[1]);
        if (extent[1] == Double.POSITIVE_INFINITY) return "≥ " + f.format(extent[0]);
        return f.format(extent[0]) + DASH + f.format(extent[1]);
    }

    /**
     * Categories in the field's natural order (numbers and dates sorted, text as first seen).
     * Text and booleans map by their cell codes; numbers and instants by their bits.
     */
    static DiscreteColor ordinal(ResolvedColorScale o, Column column, CellData cells) {
        List<Object> categories;
        int[] codeClass = null;
        KeyIndex.LongCodes byBits = new KeyIndex.LongCodes();
        if (cells.categorical()) {
            categories = cells.colorKeys();
        } else {
            categories = Categories.of(KeyIndex.of(column).keys(), column, ResolvedSort.DEFAULT, Optional.empty(), Map.of());
        }
        int[] colors = categories.isEmpty() ? new int[0] : SchemeChoice.classColors(o, categories.size());
        int k = Math.max(1, colors.length);
        if (cells.categorical()) {
            codeClass = new int[categories.size()];
            for (int i = 0; i < codeClass.length; i++) codeClass[i] = i % k;
        } else {
            for (int i = 0; i < categories.size(); i++) byBits.codeOf(bits(categories.get(i)), i % k);
        }
        List<String> labels = new ArrayList<>();
        for (Object c : categories) labels.add(String.valueOf(c));
        DoubleToIntFunction classOf = v -> Double.isNaN(v) ? -1 : byBits.get(Double.doubleToLongBits(v));
        return new DiscreteColor(classOf, codeClass, colors, labels, false, SchemeChoice.noData(o), o.title());
    }

    /** A numeric category as the bits of the double a cell holds (instants: epoch ms as a double). */
    private static long bits(Object key) {
        return Double.doubleToLongBits(key instanceof Long l ? (double) l : (Double) key);
    }
}
