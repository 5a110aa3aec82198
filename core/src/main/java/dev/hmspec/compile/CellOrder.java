package dev.hmspec.compile;

import java.util.ArrayList;
import java.util.List;

/** {@link CellData} with its rows and columns in a new order: row r of the result is row {@code rowOrder[r]} of the input. */
final class CellOrder {
    private CellOrder() {}

    static CellData permute(CellData c, int[] rowOrder, int[] colOrder) {
        int nx = c.columns(), ny = c.rows();
        double[] values = new double[c.values().length];
        int[] codes = c.colorCodes() == null ? null : new int[c.colorCodes().length];
        String[] labels = c.labels() == null ? null : new String[c.labels().length];
        String[] tips = c.tooltips() == null ? null : new String[c.tooltips().length];
        for (int r = 0; r < ny; r++) {
            for (int x = 0; x < nx; x++) {
                int to = r * nx + x, from = rowOrder[r] * nx + colOrder[x];
                values[to] = c.values()[from];
                if (codes != null) codes[to] = c.colorCodes()[from];
                if (labels != null) labels[to] = c.labels()[from];
                if (tips != null) tips[to] = c.tooltips()[from];
            }
        }
        return new CellData(pick(c.xKeys(), colOrder), pick(c.yKeys(), rowOrder), pick(c.xLabels(), colOrder),
                pick(c.yLabels(), rowOrder), values, codes, c.colorKeys(), labels, tips, c.duplicates(), c.duplicateExample());
    }

    private static <T> List<T> pick(List<T> list, int[] order) {
        List<T> out = new ArrayList<>(order.length);
        for (int i : order) out.add(list.get(i));
        return out;
    }
}
