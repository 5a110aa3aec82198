package dev.hmspec.transform;

import dev.hmspec.data.Column;
import dev.hmspec.data.NumberColumn;

/** The cells of one pivot output column: the op over the rows of each (group, key) pair. */
final class PivotCells {
    private PivotCells() {}

    static Column column(String name, String op, Column value, Grouping rows, Grouping cols, int key) {
        int n = value.size(), groups = rows.groups();
        if (op.equals("first")) {
            Object[] cells = new Object[groups];
            boolean[] set = new boolean[groups];
            for (int r = 0; r < n; r++) {
                int g = rows.groupOf()[r];
                if (cols.groupOf()[r] == key && !set[g] && !value.isNull(r)) { cells[g] = value.get(r); set[g] = true; }
            }
            return Columns.of(name, value.type(), cells);
        }
        if (op.equals("count")) {
            double[] c = new double[groups];
            for (int r = 0; r < n; r++) if (cols.groupOf()[r] == key) c[rows.groupOf()[r]]++;
            return new NumberColumn(name, c);
        }
        // Rows of other keys are masked with NaN and skipped like nulls by the statistics.
        double[] v = ((NumberColumn) value).values(), masked = new double[n];
        for (int r = 0; r < n; r++) masked[r] = cols.groupOf()[r] == key ? v[r] : Double.NaN;
        double[] out = Statistics.of(op, masked, rows.groupOf(), groups);
        if (op.equals("sum")) {
            boolean[] any = new boolean[groups];
            for (int r = 0; r < n; r++) if (cols.groupOf()[r] == key) any[rows.groupOf()[r]] = true;
            for (int g = 0; g < groups; g++) if (!any[g]) out[g] = Double.NaN; // no row for this cell: null, not 0
        }
        return new NumberColumn(name, out);
    }
}
