package dev.hmspec.compile;

import dev.hmspec.data.BooleanColumn;
import dev.hmspec.data.Column;
import dev.hmspec.data.FieldType;
import dev.hmspec.data.NumberColumn;
import dev.hmspec.data.StringColumn;
import dev.hmspec.data.Table;
import dev.hmspec.data.TemporalColumn;
import dev.hmspec.resolve.ResolvedAxis;
import dev.hmspec.resolve.ResolvedColor;
import dev.hmspec.resolve.ResolvedSort;
import dev.hmspec.resolve.ResolvedText;
import dev.hmspec.resolve.ResolvedTip;
import dev.hmspec.resolve.ResolvedView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table laid onto the grid, in primitive arrays indexed {@code row * columns + col}: the
 * ordered x and y categories, the color value per cell as a double (instants as epoch ms; NaN
 * for none) or, for a text or boolean color field, a code into {@link #colorKeys} (-1 for none),
 * and label and tooltip text where used. Rows reach cells through integer codes
 * ({@link KeyIndex}), never through one boxed key per row. When several rows land on one cell
 * the last one wins and {@link #duplicates} counts them.
 */
record CellData(List<Object> xKeys, List<Object> yKeys, List<String> xLabels, List<String> yLabels,
                double[] values, int[] colorCodes, List<Object> colorKeys, String[] labels, String[] tooltips,
                int duplicates, String duplicateExample) {

    /** Grids with more cells carry no per-cell tooltip text (renderers draw them as an image or canvas). */
    static final int TOOLTIP_TEXT_LIMIT = 20_000;

    int columns() { return xKeys.size(); }
    int rows() { return yKeys.size(); }

    /** Whether the color field is text or boolean: cells then carry codes, not values. */
    boolean categorical() { return colorCodes != null; }

    /** Whether some cell has no color value (drawn in the no-data color). */
    boolean anyMissing() {
        if (colorCodes != null) {
            for (int c : colorCodes) if (c < 0) return true;
            return false;
        }
        for (double v : values) if (Double.isNaN(v)) return true;
        return false;
    }

    /** A band axis: its ordered keys and, per table row, the row's position among them (-1: none). */
    private record Axis(List<Object> keys, int[] codes) {}

    static CellData of(ResolvedView view) { return of(view, null); }

    /** The cells of one facet panel: only {@code panel}'s rows, its axes shared (all keys) or its own (see PanelRows). */
    static CellData of(ResolvedView view, PanelRows panel) {
        return GridCells.of(view, panel).orElseGet(() -> general(view, panel));
    }

    /** Any table: each row's keys looked up ({@link KeyIndex}), the way every other path is checked against. */
    static CellData general(ResolvedView view, PanelRows panel) {
        Table t = view.bound().table();
        ResolvedAxis x = view.x(), y = view.y();
        ResolvedColor color = view.color();
        Column xc = t.column(x.field().name());
        Column yc = t.column(y.field().name());
        Column cc = t.column(color.field().name());
        Axis xa = axis(t, x, cc, panel == null || panel.xShared() ? null : panel.keep()),
                ya = axis(t, y, cc, panel == null || panel.yShared() ? null : panel.keep());
        int nx = xa.keys().size(), ny = ya.keys().size(), n = Math.multiplyExact(nx, ny);
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        boolean[] present = new boolean[n];
        int[] colorCodes = null, rowColorCodes = null;
        List<Object> colorKeys = null;
        if (cc instanceof StringColumn || cc instanceof BooleanColumn) {
            KeyIndex k = KeyIndex.of(cc);
            colorKeys = Categories.of(k.keys(), cc, ResolvedSort.DEFAULT, Optional.empty(), Map.of());
            rowColorCodes = recode(k.codes(), Categories.positions(k.keys(), colorKeys));
            colorCodes = new int[n];
            Arrays.fill(colorCodes, -1);
        }
        double[] numbers = cc instanceof NumberColumn nc ? nc.values() : null;
        long[] instants = cc instanceof TemporalColumn tc ? tc.values() : null;
        Optional<ResolvedText> text = view.text();
        String[] labels = text.isPresent() ? new String[n] : null;
        Column textColumn = text.map(e -> t.column(e.field().name())).orElse(null);
        ValueFormat textFormat = text.map(e -> format(e.format(), textColumn)).orElse(null);
        ValueFormat xf = axisFormat(x.fieldFormat(), xc, xa.keys()), yf = axisFormat(y.fieldFormat(), yc, ya.keys());
        List<Column> tipColumns = new ArrayList<>();
        List<ValueFormat> tipFormats = new ArrayList<>();
        Map<Column, ValueFormat> axisFormats = new HashMap<>();
        axisFormats.put(yc, yf);
        axisFormats.put(xc, xf);
        tooltipFields(view, t, tipColumns, tipFormats, axisFormats);
        // Per-cell tooltip text only for grids drawn as shapes; large grids are drawn from the
        // values (the page's runtime builds their tooltips), so a million strings would be waste.
        String[] tooltips = n <= TOOLTIP_TEXT_LIMIT ? new String[n] : null;
        int duplicates = 0;
        String example = "";
        int[] xs = xa.codes(), ys = ya.codes();
        for (int r = 0; r < xs.length; r++) {
            int cx = xs[r], cy = ys[r];
            if (cx < 0 || cy < 0 || panel != null && !panel.keep()[r]) continue;
            int i = cy * nx + cx;
            if (present[i] && duplicates++ == 0)
                example = xc.name() + " = " + xc.get(r) + ", " + yc.name() + " = " + yc.get(r);
            present[i] = true;
            if (numbers != null) values[i] = numbers[r];
            else if (instants != null) values[i] = instants[r] == TemporalColumn.NULL ? Double.NaN : instants[r];
            else if (colorCodes != null) colorCodes[i] = rowColorCodes[r];
            if (labels != null) {
                Object lv = textColumn.get(r);
                labels[i] = lv == null ? null : textFormat.format(lv);
            }
            if (tooltips != null) tooltips[i] = tooltip(tipColumns, tipFormats, r);
        }
        List<String> xLabels = xa.keys().stream().map(xf::format).toList();
        List<String> yLabels = ya.keys().stream().map(yf::format).toList();
        // `impute v`: a cell no row reaches holds v (a row whose value is missing stays no data).
        boolean imputed = color.impute().isPresent() && numbers != null;
        double imputeValue = imputed ? color.impute().getAsDouble() : Double.NaN;
        String colorText = imputed ? format(color.fieldFormat(), cc).format(imputeValue) + " (imputed: no rows)" : "no data";
        for (int i = 0; i < n; i++) {
            if (present[i]) continue;
            if (imputed) values[i] = imputeValue;
            if (tooltips != null)
                tooltips[i] = emptyTooltip(tipColumns, xc, yc, cc, xLabels.get(i % nx), yLabels.get(i / nx), colorText);
        }
        return new CellData(xa.keys(), ya.keys(), xLabels, yLabels, values, colorCodes, colorKeys, labels, tooltips,
                duplicates, example);
    }

    /**
     * An empty cell's tooltip lists the same fields in the same order as its neighbours' (the
     * reader compares them line by line): its x and y keys, "no data" (or the imputed value) for the color field, a dash
     * for any other field, which has no row here. The page's runtime does the same (pointer.js).
     */
    private static String emptyTooltip(List<Column> columns, Column xc, Column yc, Column cc, String xLabel, String yLabel,
                                       String colorText) {
        StringBuilder tip = new StringBuilder();
        for (int k = 0; k < columns.size(); k++) {
            Column c = columns.get(k);
            if (k > 0) tip.append('\n');
            String n = c.name(), v = n.equals(xc.name()) ? xLabel : n.equals(yc.name()) ? yLabel
                    : n.equals(cc.name()) ? colorText : "\u2013";
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

    /** {@code only}: when set, the axis holds just the keys of these rows (a facet panel's own axis). */
    private static Axis axis(Table t, ResolvedAxis e, Column colorColumn, boolean[] only) {
        Column c = t.column(e.field().name());
        KeyIndex index = KeyIndex.of(c);
        ResolvedSort sort = e.sort();
        Map<Object, Double> sortValues = new HashMap<>();
        if (sort.kind() == ResolvedSort.Kind.BY_FIELD
                && t.find(sort.field()).orElse(colorColumn) instanceof NumberColumn byColumn) {
            // The field aggregated per key over the other axis (sum unless the spec names one).
            double[] perKey = SortAggregate.perKey(sort.aggregate(), index.codes(), index.keys().size(), byColumn.values());
            for (int k = 0; k < perKey.length; k++) if (!Double.isNaN(perKey[k])) sortValues.put(index.keys().get(k), perKey[k]);
        }
        List<Object> keys = new ArrayList<>(Categories.of(only == null ? index.keys() : PanelRows.used(index, only), c, sort,
                t.find(c.name() + "_end"), sortValues));
        if (e.reverse()) Collections.reverse(keys);
        return new Axis(keys, recode(index.codes(), Categories.positions(index.keys(), keys)));
    }

    /** Codes through a position table, in place; -1 stays -1. */
    private static int[] recode(int[] codes, int[] position) {
        for (int r = 0; r < codes.length; r++) if (codes[r] >= 0) codes[r] = position[codes[r]];
        return codes;
    }

    private static void tooltipFields(ResolvedView view, Table t, List<Column> columns, List<ValueFormat> formats,
                                      Map<Column, ValueFormat> axisFormats) {
        if (view.tooltipGiven()) {
            for (ResolvedTip tip : view.tooltip()) {
                Column c = t.column(tip.field());
                columns.add(c);
                ValueFormat own = format(tip.specifier(), c);
                formats.add(own.isDefault() ? axisFormats.getOrDefault(c, own) : own);
            }
            return;
        }
        List<String> names = List.of(view.x().field().name(), view.y().field().name(), view.color().field().name());
        List<Optional<String>> specs = List.of(view.x().fieldFormat(), view.y().fieldFormat(), view.color().fieldFormat());
        for (int k = 0; k < names.size(); k++) {
            Column c = t.column(names.get(k));
            if (!columns.contains(c)) { columns.add(c); formats.add(axisFormats.getOrDefault(c, format(specs.get(k), c))); }
        }
    }

    /**
     * How a band axis prints its keys: the encoding's format, else by default, except that an
     * axis whose keys are all whole numbers (years, IDs, codes) prints them without grouping
     * separators: "2012", not "2,012" (issue 11 item 6).
     */
    static ValueFormat axisFormat(Optional<String> spec, Column c, List<Object> keys) {
        ValueFormat f = format(spec, c);
        if (!f.isDefault() || c.type() != FieldType.NUMBER) return f;
        for (Object k : keys) if (!(k instanceof Double d) || d != Math.rint(d) || Math.abs(d) >= 1e15) return f;
        return ValueFormat.WHOLE_UNGROUPED;
    }

    /** A field's format as resolved (its own, else the encoding's option); only numbers and dates take one. */
    static ValueFormat format(Optional<String> spec, Column c) {
        if (c.type() != FieldType.NUMBER && c.type() != FieldType.TEMPORAL) spec = Optional.empty();
        return ValueFormat.of(spec, c.type() == FieldType.TEMPORAL);
    }
}
