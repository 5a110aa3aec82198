package dev.hmspec.compile;

import dev.hmspec.data.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each table row lands on the grid: its column (x position) and row (y position) among
 * the displayed categories, -1 when its key is missing. The same lookup {@link CellData} makes,
 * for the decorations that read other fields of the rows (mask conditions, annotations).
 */
record RowCells(int[] column, int[] row) {

    static RowCells of(Table t, String xField, String yField, CellData cells) {
        return new RowCells(positions(t, xField, cells.xKeys()), positions(t, yField, cells.yKeys()));
    }

    private static int[] positions(Table t, String field, List<Object> keys) {
        KeyIndex index = KeyIndex.of(t.column(field));
        Map<Object, Integer> at = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) at.put(keys.get(i), i);
        int[] byCode = new int[index.keys().size()];
        for (int k = 0; k < byCode.length; k++) byCode[k] = at.getOrDefault(index.keys().get(k), -1);
        int[] out = index.codes().clone();
        for (int r = 0; r < out.length; r++) if (out[r] >= 0) out[r] = byCode[out[r]];
        return out;
    }

    /** The cell index of table row r, or -1. */
    int cell(int r, int columns) { return column[r] < 0 || row[r] < 0 ? -1 : row[r] * columns + column[r]; }
}
