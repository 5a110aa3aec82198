package dev.hmspec.transform;

import dev.hmspec.ast.Name;
import dev.hmspec.ast.Transform;
import dev.hmspec.data.Column;
import dev.hmspec.data.DataMessages;
import dev.hmspec.data.NumberColumn;
import dev.hmspec.data.StringColumn;
import dev.hmspec.data.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code correlate}: the Pearson matrix of the listed fields as k×k long rows (row, col, r) in
 * the listed order. Each pair uses the rows where both values are present (pairwise deletion);
 * r is null when a field is constant over those rows.
 */
final class Correlation {
    private Correlation() {}

    static Table apply(Table in, Transform.Correlate c, StepContext ctx) {
        List<double[]> values = new ArrayList<>();
        for (Name n : c.fields()) {
            Optional<Column> col = ctx.field(in, n);
            if (col.isEmpty()) continue;
            if (col.get() instanceof NumberColumn num) values.add(num.values());
            else ctx.add(DataMessages.fieldNotNumeric("correlate", n.text(), col.get().type(), n.span()));
        }
        if (values.size() != c.fields().size()) return null;
        int k = values.size();
        String[] rows = new String[k * k], cols = new String[k * k];
        double[] r = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rows[i * k + j] = c.fields().get(i).text();
                cols[i * k + j] = c.fields().get(j).text();
                r[i * k + j] = j < i ? r[j * k + i] : pearson(values.get(i), values.get(j));
            }
        }
        return Table.of(List.of(new StringColumn(c.rowName().text(), rows), new StringColumn(c.columnName().text(), cols),
                new NumberColumn(c.valueName().text(), r)));
    }

    static double pearson(double[] x, double[] y) {
        double sx = 0, sy = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) continue;
            sx += x[i];
            sy += y[i];
            n++;
        }
        if (n < 2) return Double.NaN;
        double mx = sx / n, my = sy / n, cov = 0, vx = 0, vy = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) continue;
            double dx = x[i] - mx, dy = y[i] - my;
            cov += dx * dy;
            vx += dx * dx;
            vy += dy * dy;
        }
        if (vx == 0 || vy == 0) return Double.NaN;
        return x == y ? 1.0 : Math.max(-1, Math.min(1, cov / Math.sqrt(vx * vy)));
    }
}
