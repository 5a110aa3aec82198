package dev.hmspec.sql;

import dev.hmspec.ast.Name;
import dev.hmspec.ast.Transform;
import dev.hmspec.data.FieldType;
import dev.hmspec.transform.Binner;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One step → one SELECT over the previous relation, or null when the step cannot be expressed
 * faithfully (it then runs in memory, and so do all steps after it). Pushed: filter, derive,
 * bin (its nice step is computed in Java from the extent the database reports, so the edges are
 * the in-memory ones), aggregate. Correlate, fold and pivot run in memory.
 */
public final class StepSql {
    /** Asks the database for [min, max] of a numeric column; null entries when it has no value. */
    public interface Probe { Double[] extent(Relation rel, String column) throws SQLException; }

    private final Dialect d;
    private final Probe probe;

    public StepSql(Dialect d, Probe probe) {
        this.d = d;
        this.probe = probe;
    }

    public Relation translate(Relation in, Transform step) throws SQLException {
        if (step instanceof Transform.Filter f) return filter(in, f);
        if (step instanceof Transform.Derive dv) return derive(in, dv);
        if (step instanceof Transform.Bin b) return bin(in, b);
        if (step instanceof Transform.Aggregate a) return aggregate(in, a);
        return null;
    }

    private ExprSql exprs(Relation in) {
        Map<String, SqlColumn> byName = new LinkedHashMap<>();
        for (SqlColumn c : in.columns()) byName.put(c.name(), c);
        return new ExprSql(d, byName);
    }

    private Relation filter(Relation in, Transform.Filter f) {
        Fragment cond = exprs(in).translate(f.condition());
        if (cond == null || (cond.type() != FieldType.BOOLEAN && cond.type() != null)) return null;
        List<Object> params = new ArrayList<>(in.params());
        params.addAll(cond.params());
        return new Relation("SELECT * FROM (" + in.sql() + ") AS t WHERE " + cond.sql(), params, in.columns());
    }

    private Relation derive(Relation in, Transform.Derive dv) {
        Relation r = in;
        for (Transform.Assignment a : dv.assignments()) {
            Fragment f = exprs(r).translate(a.value());
            if (f == null || f.type() == null) return null;
            r = with(r, List.of(new Named(a.target().text(), f)));
        }
        return r;
    }

    private record Named(String name, Fragment value) {}

    /** {@code in} with columns added, or replacing same-named ones in place (as Table.with). */
    private Relation with(Relation in, List<Named> added) {
        StringBuilder sel = new StringBuilder();
        List<Object> params = new ArrayList<>();
        List<SqlColumn> cols = new ArrayList<>();
        Map<String, Named> pending = new LinkedHashMap<>();
        for (Named n : added) pending.put(n.name(), n);
        for (SqlColumn c : in.columns()) {
            Named n = pending.remove(c.name());
            if (n == null) { append(sel, "t." + d.quote(c.name()), c.name()); cols.add(c); }
            else { append(sel, n.value().sql(), n.name()); params.addAll(n.value().params()); cols.add(new SqlColumn(n.name(), n.value().type())); }
        }
        for (Named n : pending.values()) {
            append(sel, n.value().sql(), n.name());
            params.addAll(n.value().params());
            cols.add(new SqlColumn(n.name(), n.value().type()));
        }
        sel.append(", t.").append(Relation.ROW);
        List<Object> all = new ArrayList<>(params);
        all.addAll(in.params()); // the FROM clause comes after the select list
        return new Relation("SELECT " + sel + " FROM (" + in.sql() + ") AS t", all, cols);
    }

    private void append(StringBuilder sel, String expr, String name) {
        if (sel.length() > 0) sel.append(", ");
        sel.append(expr).append(" AS ").append(d.quote(name));
    }

    private Relation bin(Relation in, Transform.Bin b) throws SQLException {
        var col = in.column(b.field().text());
        if (col.isEmpty() || col.get().type() != FieldType.NUMBER) return null;
        int maxbins = b.maxbins().orElse(10);
        if (maxbins <= 0 || (b.step().isPresent() && !(b.step().getAsDouble() > 0))) return null;
        String as = b.as().text(), end = as + "_end";
        if (as.equals(b.field().text()) || end.equals(b.field().text())) return null;
        Double[] ext = probe.extent(in, col.get().name());
        String x = "t." + d.quote(col.get().name());
        Fragment lo, hi;
        if (ext[0] == null) {
            lo = new Fragment("CAST(NULL AS " + d.doubleType() + ")", FieldType.NUMBER, List.of());
            hi = lo;
        } else {
            Binner.Bins bins = Binner.bins(ext[0], ext[1], maxbins, b.step().isPresent() ? b.step().getAsDouble() : 0);
            double last = bins.stop() - bins.step();
            String p = d.param(0.0);
            // lo = start + step * floor(eps + (max(start, min(x, stop - step)) - start) / step), as Binner
            String sql = "CASE WHEN " + x + " IS NULL THEN NULL ELSE " + p + " + " + p + " * FLOOR(" + p + " + (GREATEST(" + p
                    + ", LEAST(" + x + ", " + p + ")) - " + p + ") / " + p + ") END";
            lo = new Fragment(sql, FieldType.NUMBER, List.of(bins.start(), bins.step(), Binner.EPSILON, bins.start(), last,
                    bins.start(), bins.step()));
            hi = new Fragment("(" + sql + ") + " + p, FieldType.NUMBER, List.of(bins.start(), bins.step(), Binner.EPSILON,
                    bins.start(), last, bins.start(), bins.step(), bins.step()));
        }
        return with(in, List.of(new Named(as, lo), new Named(end, hi)));
    }

    private Relation aggregate(Relation in, Transform.Aggregate a) {
        StringBuilder sel = new StringBuilder(), group = new StringBuilder();
        List<SqlColumn> cols = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Name key : a.groupBy()) {
            var c = in.column(key.text());
            if (c.isEmpty() || !names.add(c.get().name())) return null;
            String ref = "t." + d.quote(c.get().name());
            append(sel, ref, c.get().name());
            group.append(group.length() == 0 ? "" : ", ").append(ref);
            cols.add(c.get());
        }
        for (Transform.AggregateOp op : a.ops()) {
            String as = op.as().text();
            if (!names.add(as)) return null;
            SqlColumn field = null;
            if (op.field().isPresent()) {
                field = in.column(op.field().get().text()).orElse(null);
                if (field == null) return null;
            }
            SqlColumn out = aggregateOp(op.function().text().toLowerCase(Locale.ROOT), field, as, sel);
            if (out == null) return null;
            cols.add(out);
        }
        sel.append(", MIN(t.").append(Relation.ROW).append(") AS ").append(Relation.ROW);
        String sql = "SELECT " + sel + " FROM (" + in.sql() + ") AS t" + (group.length() == 0 ? "" : " GROUP BY " + group);
        return new Relation(sql, in.params(), cols);
    }

    private SqlColumn aggregateOp(String fn, SqlColumn field, String as, StringBuilder sel) {
        if (fn.equals("count")) {
            append(sel, "CAST(COUNT(*) AS " + d.doubleType() + ")", as);
            return new SqlColumn(as, FieldType.NUMBER);
        }
        if (field == null) return null;
        String x = "t." + d.quote(field.name());
        String expr;
        FieldType type = FieldType.NUMBER;
        switch (fn) {
            case "valid": expr = "COUNT(" + x + ")"; break;
            case "missing": expr = "COUNT(*) - COUNT(" + x + ")"; break;
            case "distinct": expr = "COUNT(DISTINCT " + x + ")"; break;
            case "min": case "max":
                if (field.type() != FieldType.NUMBER && field.type() != FieldType.TEMPORAL) return null;
                type = field.type();
                append(sel, fn.toUpperCase(Locale.ROOT) + "(" + x + ")", as);
                return new SqlColumn(as, type);
            default:
                if (field.type() != FieldType.NUMBER) return null;
                expr = numeric(fn, x);
                if (expr == null) return null;
        }
        append(sel, "CAST(" + expr + " AS " + d.doubleType() + ")", as);
        return new SqlColumn(as, type);
    }

    private String numeric(String fn, String x) {
        switch (fn) {
            case "sum": return "COALESCE(SUM(" + x + "), 0)"; // the sum of nothing is 0, as in memory
            case "mean": case "average": return "AVG(" + x + ")";
            case "median": return d.quantile(0.5, x);
            case "q1": return d.quantile(0.25, x);
            case "q3": return d.quantile(0.75, x);
            case "stdev": return "STDDEV_SAMP(" + x + ")";
            case "variance": return "VAR_SAMP(" + x + ")";
            default: return null;
        }
    }
}
