package dev.hmspec.resolve;

import dev.hmspec.ast.Decoration;
import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.Statement;
import dev.hmspec.bind.BoundView;
import dev.hmspec.data.Table;
import dev.hmspec.plan.Plan;
import dev.hmspec.transform.Compiled;
import dev.hmspec.transform.ExpressionEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code mask}, {@code annotate} and {@code margin} of a bound (so checked) view, with defaults filled in. */
public final class DecorationResolver {
    private DecorationResolver() {}

    public static ResolvedDecorations resolve(BoundView bound) {
        var view = bound.view();
        String dataName = view.last(Statement.Data.class).map(s -> Plan.nameOf(s.source())).orElse("");
        Optional<ResolvedDecorations.Mask> mask = view.last(Decoration.Mask.class).map(m -> mask(m, bound.table(), dataName));
        List<ResolvedDecorations.Annotation> annotations = new ArrayList<>();
        for (boolean rows : new boolean[] {true, false}) {
            for (Decoration.Annotate a : view.all(Decoration.Annotate.class)) {
                if (a.rows() != rows) continue;
                String name = a.field().text();
                ResolvedField field = new ResolvedField(name, bound.table().column(name).type(), a.field().span());
                String title = a.option(EncodingOption.Legend.class).flatMap(EncodingOption.Legend::title)
                        .or(() -> a.option(EncodingOption.Title.class).map(EncodingOption.Title::text)).orElse(name);
                boolean legend = !a.option(EncodingOption.Legend.class).map(l -> l.title().isEmpty()).orElse(false);
                annotations.add(new ResolvedDecorations.Annotation(rows, field,
                        ColorResolver.scale(a.asColor(), field.type()), title, legend, a.span()));
            }
        }
        List<ResolvedDecorations.Margin> margins = new ArrayList<>();
        String color = bound.encoding(dev.hmspec.ast.Channel.COLOR).map(e -> e.field().field().text()).orElse("");
        for (Decoration.Margin m : view.all(Decoration.Margin.class)) {
            String fn = m.function().text();
            String title = m.option(EncodingOption.Title.class).map(EncodingOption.Title::text)
                    .orElse(fn.equals("count") ? "count" : fn + "(" + color + ")");
            margins.add(new ResolvedDecorations.Margin(m.side().text(), fn, title,
                    m.option(EncodingOption.Format.class).map(EncodingOption.Format::specifier), m.span()));
        }
        return new ResolvedDecorations(mask, annotations, margins);
    }

    private static ResolvedDecorations.Mask mask(Decoration.Mask m, Table table, String dataName) {
        boolean upper = false, lower = false, diagonal = false;
        List<Compiled.Bool> conditions = new ArrayList<>();
        var triangleSpan = m.span();
        boolean first = true;
        for (Decoration.MaskPart p : m.parts()) {
            if (p instanceof Decoration.Triangle t) {
                if (first) { triangleSpan = t.span(); first = false; }
                switch (t.kind()) {
                    case UPPER -> upper = true;
                    case LOWER -> lower = true;
                    case DIAGONAL -> diagonal = true;
                }
            } else {
                // Bind compiled it already; compiling again against the same table cannot fail.
                var expr = ((Decoration.Condition) p).expr();
                conditions.add((Compiled.Bool) ExpressionEvaluator.compile(expr, table, dataName).value());
            }
        }
        return new ResolvedDecorations.Mask(upper, lower, diagonal, conditions, m.span(), triangleSpan);
    }
}
