package dev.hmspec.transform;

import dev.hmspec.ast.Transform;
import dev.hmspec.data.DataMessages;
import dev.hmspec.data.Table;

/** {@code filter} and {@code derive}: row-wise expressions. */
final class RowSteps {
    private RowSteps() {}

    /** Keeps rows where the condition is true; a failed condition leaves the table as it was. */
    static Table filter(Table in, Transform.Filter f, StepContext ctx) {
        Compiled c = new ExpressionEvaluator(in, ctx).compile(f.condition());
        if (c == null) return in;
        if (c instanceof Compiled.Null) c = new Compiled.Bool(r -> -1);
        if (!(c instanceof Compiled.Bool b)) {
            ctx.add(DataMessages.conditionNotBoolean("a filter condition", c.type(), f.condition().span()));
            return in;
        }
        int n = in.rowCount(), kept = 0;
        int[] rows = new int[n];
        for (int r = 0; r < n; r++) if (b.f().at(r) == 1) rows[kept++] = r;
        if (kept == 0 && n > 0) ctx.add(DataMessages.emptyAfterFilter(ctx.dataName, n, f.span()));
        return kept == n ? in : in.select(java.util.Arrays.copyOf(rows, kept));
    }

    /** Adds each column in turn; a failed one becomes an all-null, poisoned column. */
    static Table derive(Table in, Transform.Derive d, StepContext ctx) {
        Table t = in;
        for (Transform.Assignment a : d.assignments()) {
            Compiled c = new ExpressionEvaluator(t, ctx).compile(a.value());
            if (c == null) {
                ctx.poison(a.target().text());
                c = new Compiled.Null();
            } else {
                ctx.cure(a.target().text());
            }
            t = t.with(c.column(a.target().text(), t.rowCount()));
        }
        return t;
    }
}
