package dev.hmspec.compile;

import dev.hmspec.check.DecorationMessages;
import dev.hmspec.data.Column;
import dev.hmspec.data.FieldType;
import dev.hmspec.data.Table;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.resolve.ResolvedColorScale;
import dev.hmspec.resolve.ResolvedDecorations;
import dev.hmspec.resolve.ResolvedSort;
import dev.hmspec.source.SourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One annotation bar's content: the field's value per row (or column) key, taken from the data,
 * and its color from a scale trained on those values, as the grid's color is trained on the cells
 * (continuous, binned or categorical, with the same schemes and options); plus the legend the
 * scale makes. A key whose rows disagree shows the first value in data order, with a warning.
 *
 * @param values   per key, the field's value (null: none)
 * @param colors   per key, its color (the scale's no-data color when the value is missing)
 * @param labels   per key, the value as text ("no data" when missing)
 * @param legend   the bar's legend, or null when the spec turned it off
 */
record AnnotationBar(ResolvedDecorations.Annotation spec, List<Object> values, int[] colors, List<String> labels,
                     LegendBuilder legend) {

    static AnnotationBar of(SourceFile f, ResolvedDecorations.Annotation a, CellData cells, Table table, RowCells rows,
                            List<Diagnostic> out) {
        Column column = table.column(a.field().name());
        int[] position = a.rows() ? rows.row() : rows.column();
        List<String> keyLabels = a.rows() ? cells.yLabels() : cells.xLabels();
        int n = keyLabels.size();
        Object[] first = new Object[n];
        // Conflicts: the first key that has two values, and how many keys do.
        int conflicts = 0;
        String example = null, exampleFirst = null, exampleOther = null;
        boolean[] counted = new boolean[n];
        for (int r = 0; r < table.rowCount(); r++) {
            int k = position[r];
            Object v = k < 0 ? null : column.get(r);
            if (v == null) continue;
            if (first[k] == null) { first[k] = v; continue; }
            if (!first[k].equals(v) && !counted[k]) {
                counted[k] = true;
                if (conflicts++ == 0) { example = keyLabels.get(k); exampleFirst = String.valueOf(first[k]); exampleOther = String.valueOf(v); }
            }
        }
        if (conflicts > 0)
            out.add(DecorationMessages.severalValues(f, a.span(), a.field().name(), a.rows() ? "row" : "column", example,
                    exampleFirst, exampleOther, conflicts));
        List<Object> values = Arrays.asList(first);
        ResolvedColorScale o = a.color();
        ValueFormat format = ValueFormat.of(o.format(), a.field().type() == FieldType.TEMPORAL);
        List<String> labels = new ArrayList<>();
        for (Object v : values) labels.add(format.format(v));
        boolean missing = values.contains(null);
        int[] colors = new int[n];
        LegendBuilder legend;
        switch (o.family()) {
            case ORDINAL: {
                List<Object> categories = categories(values, column);
                DiscreteColor d = categorical(o, categories, format);
                for (int k = 0; k < n; k++) colors[k] = d.colorOfClass(d.classOfCode(categories.indexOf(values.get(k))));
                legend = new SwatchLegend(d, missing);
                break;
            }
            case BINNED: {
                DiscreteColor d = DiscreteColor.binned(o, numbers(values));
                double[] v = numbers(values);
                for (int k = 0; k < n; k++) colors[k] = d.color(v[k]);
                legend = new SwatchLegend(d, missing);
                break;
            }
            default: {
                double[] v = numbers(values);
                ContinuousColor c = o.family() == ResolvedColorScale.Family.TIME
                        ? ContinuousColor.time(o, v) : ContinuousColor.numeric(o, v);
                for (int k = 0; k < n; k++) colors[k] = c.color(v[k]);
                legend = new ColorbarLegend(c, missing);
            }
        }
        return new AnnotationBar(a, values, colors, labels, a.legend() ? legend : null);
    }

    /** Numbers (instants as epoch ms) per key, NaN for none. */
    private static double[] numbers(List<Object> values) {
        double[] out = new double[values.size()];
        for (int k = 0; k < out.length; k++) {
            Object v = values.get(k);
            out[k] = v instanceof Double d ? d : v instanceof Long l ? (double) l : Double.NaN;
        }
        return out;
    }

    /** The distinct values in the field's natural order (text as first seen). */
    private static List<Object> categories(List<Object> values, Column column) {
        List<Object> distinct = new ArrayList<>();
        for (Object v : values) if (v != null && !distinct.contains(v)) distinct.add(v);
        return Categories.of(distinct, column, ResolvedSort.DEFAULT, Optional.empty(), Map.of());
    }

    /** One class per category, cycling through the scheme's colors (d3's ordinal scale). */
    private static DiscreteColor categorical(ResolvedColorScale o, List<Object> categories, ValueFormat format) {
        int[] colors = categories.isEmpty() ? new int[0] : SchemeChoice.classColors(o, categories.size());
        int k = Math.max(1, colors.length);
        int[] codeClass = new int[categories.size()];
        for (int i = 0; i < codeClass.length; i++) codeClass[i] = i % k;
        List<String> labels = new ArrayList<>();
        for (Object c : categories) labels.add(format.format(c));
        return new DiscreteColor(v -> -1, codeClass, colors, labels, false, SchemeChoice.noData(o), o.title());
    }

    /** Tooltip text of key k: the key and the field's value. */
    String tip(String keyField, int k, List<String> keys) {
        return keyField + ": " + keys.get(k) + "\n" + spec.field().name() + ": " + labels.get(k);
    }

    /** The line key k adds to each of its cells' tooltips. */
    String cellLine(int k) { return spec.field().name() + ": " + labels.get(k); }
}
