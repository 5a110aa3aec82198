package dev.hmspec.transform;

import dev.hmspec.ast.Name;
import dev.hmspec.ast.Transform;
import dev.hmspec.data.Column;
import dev.hmspec.data.DataMessages;
import dev.hmspec.data.StringColumn;
import dev.hmspec.data.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code fold} (wide → long) and {@code pivot} (long → wide). */
final class Reshape {
    private Reshape() {}

    /** One output row per input row and folded field, in that order; other columns repeat. */
    static Table fold(Table in, Transform.Fold f, StepContext ctx) {
        List<Column> folded = new ArrayList<>();
        for (Name n : f.fields()) ctx.field(in, n).ifPresent(folded::add);
        if (folded.size() != f.fields().size()) return null;
        for (Column c : folded) {
            if (c.type() != folded.get(0).type()) {
                ctx.add(DataMessages.foldMixedTypes(folded.get(0).name(), folded.get(0).type(), c.name(), c.type(), f.span()));
                return null;
            }
        }
        int k = folded.size(), n = in.rowCount();
        int[] repeat = new int[n * k];
        String[] keys = new String[n * k];
        Object[] values = new Object[n * k];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < k; j++) {
                repeat[r * k + j] = r;
                keys[r * k + j] = folded.get(j).name();
                values[r * k + j] = folded.get(j).get(r);
            }
        }
        Set<String> foldedNames = new HashSet<>();
        for (Column c : folded) foldedNames.add(c.name());
        List<Column> out = new ArrayList<>();
        for (Column c : in.columns()) if (!foldedNames.contains(c.name())) out.add(c.select(repeat));
        out.add(new StringColumn(f.keyName().text(), keys));
        out.add(Columns.of(f.valueName().text(), folded.isEmpty() ? null : folded.get(0).type(), values));
        return new Table(out, n * k);
    }

    static final List<String> PIVOT_OPS = List.of("sum", "mean", "count", "min", "max", "first");

    /** One row per group, one column per distinct key (first-seen order); missing cells null (count: 0). */
    static Table pivot(Table in, Transform.Pivot p, StepContext ctx) {
        Optional<Column> key = ctx.field(in, p.key()), value = ctx.field(in, p.value());
        List<Column> groups = new ArrayList<>();
        for (Name n : p.groupBy()) ctx.field(in, n).ifPresent(groups::add);
        if (key.isEmpty() || value.isEmpty() || groups.size() != p.groupBy().size()) return null;
        boolean numeric = value.get() instanceof dev.hmspec.data.NumberColumn;
        String op = p.op().map(n -> n.text().toLowerCase(java.util.Locale.ROOT)).orElse(numeric ? "sum" : "first");
        if (!PIVOT_OPS.contains(op)) {
            ctx.add(DataMessages.unknownPivotOp(p.op().get().text(), PIVOT_OPS, p.op().get().span()));
            return null;
        }
        if (!numeric && !op.equals("first") && !op.equals("count")) {
            ctx.add(DataMessages.fieldNotNumeric("pivot " + op, p.value().text(), value.get().type(), p.value().span()));
            return null;
        }
        Grouping rows = Grouping.of(groups, in.rowCount());
        Grouping cols = Grouping.of(List.of(key.get()), in.rowCount());
        List<Column> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Column g : groups) { out.add(g.select(rows.firstRow())); names.add(g.name()); }
        for (int c = 0; c < cols.groups(); c++) {
            Object k = key.get().get(cols.firstRow()[c]);
            String name = k == null ? "null" : ExpressionEvaluator.column(key.get()).text(cols.firstRow()[c]);
            if (!names.add(name)) { ctx.add(DataMessages.duplicateOutput(name, p.key().span())); return null; }
            out.add(PivotCells.column(name, op, value.get(), rows, cols, c));
        }
        return new Table(out, rows.groups());
    }
}
