package dev.hmspec.compile;

import dev.hmspec.ast.Channel;
import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.Statement;
import dev.hmspec.bind.BoundView;
import dev.hmspec.data.Column;
import dev.hmspec.data.FieldType;
import dev.hmspec.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table laid onto the grid: the ordered x and y categories and, per cell, the color
 * value (raw, and as a number), label and tooltip text. Cells with no row stay NaN and absent; when several rows
 * land on one cell the last one wins and {@link #duplicates} counts them.
 */
record CellData(List<Object> xKeys, List<Object> yKeys, List<String> xLabels, List<String> yLabels,
                double[] values, Object[] colorValues, boolean[] present, String[] labels, String[] tooltips,
                int duplicates, String duplicateExample) {

    /** Grids with more cells carry no per-cell tooltip text (renderers draw them as an image or canvas). */
    static final int TOOLTIP_TEXT_LIMIT = 20_000;

    int columns() { return xKeys.size(); }
    int rows() { return yKeys.size(); }

    static CellData of(BoundView bound) {
        Table t = bound.table();
        Statement.Encoding x = bound.encoding(Channel.X).orElseThrow();
        Statement.Encoding y = bound.encoding(Channel.Y).orElseThrow();
        Statement.Encoding color = bound.encoding(Channel.COLOR).orElseThrow();
        Column xc = t.column(x.field().field().text());
        Column yc = t.column(y.field().field().text());
        Column cc = t.column(color.field().field().text());
        List<Object> xKeys = categories(t, x, cc);
        List<Object> yKeys = categories(t, y, cc);
        Map<Object, Integer> xi = index(xKeys), yi = index(yKeys);
        int nx = xKeys.size(), ny = yKeys.size();
        double[] values = new double[nx * ny];
        Arrays.fill(values, Double.NaN);
        boolean[] present = new boolean[nx * ny];
        Object[] colorValues = new Object[nx * ny];
        Optional<Statement.Encoding> text = bound.encoding(Channel.TEXT);
        String[] labels = text.isPresent() ? new String[nx * ny] : null;
        Column textColumn = text.map(e -> t.column(e.field().field().text())).orElse(null);
        ValueFormat textFormat = text.map(e -> format(e, 0, textColumn)).orElse(null);
        List<Column> tipColumns = new ArrayList<>();
        List<ValueFormat> tipFormats = new ArrayList<>();
        tooltipFields(bound, t, tipColumns, tipFormats);
        // Per-cell tooltip text only for grids drawn as shapes; large grids are drawn from the
        // values (the page's runtime builds their tooltips), so a million strings would be waste.
        String[] tooltips = (long) nx * ny <= TOOLTIP_TEXT_LIMIT ? new String[nx * ny] : null;
        int duplicates = 0;
        String example = "";
        for (int r = 0; r < t.rowCount(); r++) {
            Object xv = xc.get(r), yv = yc.get(r);
            if (xv == null || yv == null) continue;
            Integer cx = xi.get(xv), cy = yi.get(yv);
            if (cx == null || cy == null) continue;
            int i = cy * nx + cx;
            if (present[i]) {
                if (duplicates++ == 0) example = xc.name() + " = " + xv + ", " + yc.name() + " = " + yv;
            }
            present[i] = true;
            Object cv = cc.get(r);
            colorValues[i] = cv;
            values[i] = ColorMapping.number(cv); // temporal values as epoch ms; categories stay NaN
            if (labels != null) {
                Object lv = textColumn.get(r);
                labels[i] = lv == null ? null : textFormat.format(lv);
            }
            if (tooltips != null) tooltips[i] = tooltip(tipColumns, tipFormats, r);
        }
        ValueFormat xf = format(x, 0, xc), yf = format(y, 0, yc);
        List<String> xLabels = xKeys.stream().map(xf::format).toList();
        List<String> yLabels = yKeys.stream().map(yf::format).toList();
        for (int i = 0; tooltips != null && i < tooltips.length; i++) {
            if (tooltips[i] == null) tooltips[i] = emptyTooltip(tipColumns, xc, yc, cc, xLabels.get(i % nx), yLabels.get(i / nx));
        }
        return new CellData(xKeys, yKeys, xLabels, yLabels, values, colorValues, present, labels, tooltips, duplicates, example);
    }

    /**
     * An empty cell's tooltip lists the same fields in the same order as its neighbours' (the
     * reader compares them line by line): its x and y keys, "no data" for the color field, a dash
     * for any other field, which has no row here. The page's runtime does the same (pointer.js).
     */
    private static String emptyTooltip(List<Column> columns, Column xc, Column yc, Column cc, String xLabel, String yLabel) {
        StringBuilder tip = new StringBuilder();
        for (int k = 0; k < columns.size(); k++) {
            Column c = columns.get(k);
            if (k > 0) tip.append('\n');
            String n = c.name(), v = n.equals(xc.name()) ? xLabel : n.equals(yc.name()) ? yLabel
                    : n.equals(cc.name()) ? "no data" : "\u2013";
            tip.append(c.name()).append(": ").append(v);
        }
        return tip.toString();
    }

    private static String tooltip(List<Column> columns, List<ValueFormat> formats, int row) {
        StringBuilder tip = new StringBuilder();
        for (int k = 0; k < columns.size(); k++) {
            if (k > 0) tip.append('\n');
            tip.append(columns.get(k).name()).append(": ").append(formats.get(k).format(columns.get(k).get(row)));
        }
        return tip.toString();
    }

    private static List<Object> categories(Table t, Statement.Encoding e, Column colorColumn) {
        Column c = t.column(e.field().field().text());
        Optional<EncodingOption.SortOrder> sort = e.option(EncodingOption.Sort.class).map(EncodingOption.Sort::order);
        Map<Object, Double> sortValues = new HashMap<>();
        if (sort.isPresent() && sort.get() instanceof EncodingOption.ByField by) {
            Column by0 = t.find(by.field().text()).orElse(colorColumn);
            for (int r = 0; r < c.size(); r++) {
                Object k = c.get(r), v = by0.get(r);
                if (k != null && v instanceof Double d) sortValues.merge(k, d, Double::sum);
            }
        }
        List<Object> keys = new ArrayList<>(Categories.of(c, sort, t.find(c.name() + "_end"), sortValues));
        boolean reverse = e.options().stream().anyMatch(o -> o instanceof EncodingOption.Flag f && f.kind() == EncodingOption.FlagKind.REVERSE);
        if (reverse) java.util.Collections.reverse(keys);
        return keys;
    }

    private static void tooltipFields(BoundView bound, Table t, List<Column> columns, List<ValueFormat> formats) {
        Optional<Statement.Encoding> tip = bound.encoding(Channel.TOOLTIP);
        if (tip.isPresent()) {
            for (int k = 0; k < tip.get().fields().size(); k++) {
                Column c = t.column(tip.get().fields().get(k).field().text());
                columns.add(c);
                formats.add(format(tip.get(), k, c));
            }
            return;
        }
        for (Channel ch : List.of(Channel.X, Channel.Y, Channel.COLOR)) {
            Statement.Encoding e = bound.encoding(ch).orElseThrow();
            Column c = t.column(e.field().field().text());
            if (!columns.contains(c)) { columns.add(c); formats.add(format(e, 0, c)); }
        }
    }

    /** The format for field k of an encoding: its own, else the encoding's format option. */
    static ValueFormat format(Statement.Encoding e, int k, Column c) {
        Optional<String> spec = e.fields().get(k).format()
                .or(() -> e.fields().size() == 1 ? e.option(EncodingOption.Format.class).map(EncodingOption.Format::specifier) : Optional.empty());
        if (c.type() != FieldType.NUMBER && c.type() != FieldType.TEMPORAL) spec = Optional.empty();
        return ValueFormat.of(spec, c.type() == FieldType.TEMPORAL);
    }

    private static Map<Object, Integer> index(List<Object> keys) {
        Map<Object, Integer> m = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) m.put(keys.get(i), i);
        return m;
    }
}
