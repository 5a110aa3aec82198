package dev.hmspec.compile;

import dev.hmspec.data.Column;
import dev.hmspec.data.GridOrigin;
import dev.hmspec.data.NumberColumn;
import dev.hmspec.data.Table;
import dev.hmspec.resolve.ResolvedAxis;
import dev.hmspec.resolve.ResolvedSort;
import dev.hmspec.resolve.ResolvedView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cells of a table that unrolls a matrix read as one ({@link GridOrigin}: a wide CSV with no
 * transform), laid onto the grid by arithmetic: table row {@code i} is matrix cell
 * {@code (i / columns, i % columns)}, so ten million rows need no key lookups, no per-row codes
 * and no presence flags (every cell has exactly one row). The result equals what
 * {@link CellData#general} gives for the same table (GridCellsTest compares them); anything this
 * path does not cover — a facet panel, cell text, a sort by another field, a small grid with
 * per-cell tooltips, the value not being the color — goes the general way.
 */
final class GridCells {
    private GridCells() {}

    static Optional<CellData> of(ResolvedView view, PanelRows panel) {
        Table t = view.bound().table();
        Optional<GridOrigin> origin = t.gridOrigin();
        if (origin.isEmpty() || panel != null || view.text().isPresent()) return Optional.empty();
        GridOrigin g = origin.get();
        String x = view.x().field().name(), y = view.y().field().name();
        boolean columnsOnX = x.equals(g.columnsField()) && y.equals(g.rowsField());
        boolean rowsOnX = x.equals(g.rowsField()) && y.equals(g.columnsField());
        if (!columnsOnX && !rowsOnX || !view.color().field().name().equals(g.valueField())) return Optional.empty();
        if (view.x().sort().kind() == ResolvedSort.Kind.BY_FIELD || view.y().sort().kind() == ResolvedSort.Kind.BY_FIELD)
            return Optional.empty();
        if ((long) g.rows() * g.columns() <= CellData.TOOLTIP_TEXT_LIMIT) return Optional.empty();
        if (!(t.column(g.valueField()) instanceof NumberColumn value)) return Optional.empty();

        Column xc = t.column(x), yc = t.column(y);
        List<Object> xFirstSeen = KeyIndex.of(columnsOnX ? g.columnKeys() : g.rowKeys()).keys();
        List<Object> yFirstSeen = KeyIndex.of(columnsOnX ? g.rowKeys() : g.columnKeys()).keys();
        List<Object> xKeys = ordered(t, view.x(), xc, xFirstSeen), yKeys = ordered(t, view.y(), yc, yFirstSeen);
        int[] px = Categories.positions(xFirstSeen, xKeys), py = Categories.positions(yFirstSeen, yKeys);
        int nx = xKeys.size(), rows = g.rows(), w = g.columns();
        double[] v = value.values(), values = new double[Math.multiplyExact(nx, yKeys.size())];
        if (columnsOnX) {
            for (int r = 0, i = 0; r < rows; r++) {
                int base = py[r] * nx;
                for (int c = 0; c < w; c++, i++) values[base + px[c]] = v[i];
            }
        } else {
            for (int r = 0, i = 0; r < rows; r++) {
                int col = px[r];
                for (int c = 0; c < w; c++, i++) values[py[c] * nx + col] = v[i];
            }
        }
        ValueFormat xf = CellData.axisFormat(view.x().fieldFormat(), xc, xKeys);
        ValueFormat yf = CellData.axisFormat(view.y().fieldFormat(), yc, yKeys);
        return Optional.of(new CellData(xKeys, yKeys, xKeys.stream().map(xf::format).toList(),
                yKeys.stream().map(yf::format).toList(), values, null, null, null, null, 0, ""));
    }

    /** The axis's keys in display order, as {@code CellData}'s axis gives them for a sort that is not by a field. */
    private static List<Object> ordered(Table t, ResolvedAxis axis, Column c, List<Object> firstSeen) {
        List<Object> keys = new ArrayList<>(Categories.of(firstSeen, c, axis.sort(), t.find(c.name() + "_end"), Map.of()));
        if (axis.reverse()) Collections.reverse(keys);
        return keys;
    }
}
