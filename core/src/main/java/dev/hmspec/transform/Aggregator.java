package dev.hmspec.transform;

import dev.hmspec.ast.Name;
import dev.hmspec.ast.Transform;
import dev.hmspec.data.Column;
import dev.hmspec.data.DataMessages;
import dev.hmspec.data.NumberColumn;
import dev.hmspec.data.Table;
import dev.hmspec.data.TemporalColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aggregate}: one row per group of the {@code by} fields, in first-seen order, the keys
 * keeping their types. Like Vega-Lite, count() counts rows, the others skip nulls; sum of nothing
 * is 0, mean/median/... of nothing is null; stdev/variance are sample statistics; quantiles
 * interpolate linearly (R-7, as d3.quantile).
 */
final class Aggregator {
    private Aggregator() {}

    static final List<String> OPS = List.of("count", "valid", "missing", "distinct", "sum", "mean", "average", "median",
            "q1", "q3", "min", "max", "stdev", "variance");

    static Table apply(Table in, Transform.Aggregate a, StepContext ctx) {
        List<Column> keys = new ArrayList<>();
        for (Name n : a.groupBy()) ctx.field(in, n).ifPresent(keys::add);
        if (keys.size() != a.groupBy().size()) return null; // the rows cannot be grouped
        Grouping g = Grouping.of(keys, in.rowCount());
        List<Column> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Column k : keys) { out.add(k.select(g.firstRow())); names.add(k.name()); }
        for (Transform.AggregateOp op : a.ops()) {
            String as = op.as().text();
            if (!names.add(as)) { ctx.add(DataMessages.duplicateOutput(as, op.as().span())); continue; }
            Column c = compute(in, op, g, ctx);
            if (c == null) {
                ctx.poison(as);
                double[] nulls = new double[g.groups()];
                Arrays.fill(nulls, Double.NaN);
                c = new NumberColumn(as, nulls);
            }
            out.add(c.rename(as));
        }
        return new Table(out, g.groups());
    }

    private static Column compute(Table in, Transform.AggregateOp op, Grouping g, StepContext ctx) {
        String name = op.function().text().toLowerCase(java.util.Locale.ROOT);
        if (!OPS.contains(name)) { ctx.add(DataMessages.unknownAggregate(op.function().text(), OPS, op.function().span())); return null; }
        int groups = g.groups();
        int[] gid = g.groupOf();
        if (name.equals("count")) {
            double[] n = new double[groups];
            for (int r = 0; r < in.rowCount(); r++) n[gid[r]]++;
            return new NumberColumn(name, n);
        }
        if (op.field().isEmpty()) { ctx.add(DataMessages.aggregateNeedsField(name, op.span())); return null; }
        Optional<Column> found = ctx.field(in, op.field().get());
        if (found.isEmpty()) return null;
        Column c = found.get();
        if (name.equals("valid") || name.equals("missing") || name.equals("distinct")) return counts(name, c, g);
        if ((name.equals("min") || name.equals("max")) && c instanceof TemporalColumn t) return temporalExtreme(name, t, g);
        if (!(c instanceof NumberColumn num)) {
            ctx.add(DataMessages.fieldNotNumeric(name + "()", c.name(), c.type(), op.field().get().span()));
            return null;
        }
        return new NumberColumn(name, Statistics.of(name, num.values(), gid, groups));
    }

    private static Column counts(String op, Column c, Grouping g) {
        double[] out = new double[g.groups()];
        if (op.equals("distinct")) {
            List<Set<Object>> seen = new ArrayList<>();
            for (int i = 0; i < g.groups(); i++) seen.add(new HashSet<>());
            for (int r = 0; r < c.size(); r++) if (!c.isNull(r)) seen.get(g.groupOf()[r]).add(c.get(r));
            for (int i = 0; i < out.length; i++) out[i] = seen.get(i).size();
        } else {
            boolean valid = op.equals("valid");
            for (int r = 0; r < c.size(); r++) if (c.isNull(r) != valid) out[g.groupOf()[r]]++;
        }
        return new NumberColumn(op, out);
    }

    private static Column temporalExtreme(String op, TemporalColumn t, Grouping g) {
        long[] out = new long[g.groups()];
        Arrays.fill(out, TemporalColumn.NULL);
        boolean min = op.equals("min");
        for (int r = 0; r < t.size(); r++) {
            long v = t.values()[r];
            if (v == TemporalColumn.NULL) continue;
            int k = g.groupOf()[r];
            if (out[k] == TemporalColumn.NULL || (min ? v < out[k] : v > out[k])) out[k] = v;
        }
        return new TemporalColumn(op, out);
    }
}
