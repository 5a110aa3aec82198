package dev.hmspec.bind;

import dev.hmspec.ast.Channel;
import dev.hmspec.ast.Decoration;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.check.DecorationMessages;
import dev.hmspec.data.Column;
import dev.hmspec.data.FieldType;
import dev.hmspec.data.Result;
import dev.hmspec.data.Table;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.source.SourceFile;
import dev.hmspec.transform.Compiled;
import dev.hmspec.transform.ExpressionEvaluator;
import java.util.List;
import java.util.Optional;

/**
 * The decorations' fields against the transformed table: annotation fields exist (did-you-mean
 * over the real columns), a margin aggregates the color field (numbers unless it counts), and
 * mask conditions compile to true/false over the table's columns.
 */
final class DecorationBinding {
    private DecorationBinding() {}

    /** Whether the view's decorations fit the table; problems go to {@code out}. */
    static boolean check(SourceFile f, View view, Table table, String dataName, List<Diagnostic> out) {
        boolean ok = true;
        for (Decoration.Annotate a : view.all(Decoration.Annotate.class)) {
            Optional<Column> c = table.find(a.field().text());
            if (c.isEmpty()) {
                out.add(Messages.unknownField(f, a.field().span(), a.field().text(), dataName, table.columnNames()));
                ok = false;
                continue;
            }
            // As for color: an explicit numeric scale needs numbers, time needs instants; ordinal takes anything.
            Optional<String> scale = a.option(dev.hmspec.ast.EncodingOption.Scale.class).map(s -> s.type().text());
            FieldType type = c.get().type();
            if (scale.isPresent() && !scale.get().equals("ordinal")
                    && (scale.get().equals("time") ? type != FieldType.TEMPORAL : type != FieldType.NUMBER)) {
                out.add(Messages.scaleNeedsFieldType(f, a.field().span(), scale.get(), a.field().text(), type.label(),
                        scale.get().equals("time") ? "a temporal field" : "numbers"));
                ok = false;
            }
        }
        Optional<Statement.Encoding> color = view.all(Statement.Encoding.class).stream()
                .filter(e -> e.channel() == Channel.COLOR).reduce((x, y) -> y);
        for (Decoration.Margin m : view.all(Decoration.Margin.class)) {
            if (color.isEmpty()) continue;
            String colorField = color.get().field().field().text(), fn = m.function().text();
            if (m.field().isPresent() && !m.field().get().text().equals(colorField)) {
                out.add(DecorationMessages.marginNotColorField(f, m.field().get().span(), fn, m.field().get().text(), colorField));
                ok = false;
                continue;
            }
            Optional<Column> c = table.find(colorField);
            if (!fn.equals("count") && c.isPresent() && c.get().type() != FieldType.NUMBER) {
                out.add(DecorationMessages.marginNeedsNumbers(f, m.function().span(), fn, colorField, c.get().type().label()));
                ok = false;
            }
        }
        for (Decoration.Mask mask : view.all(Decoration.Mask.class)) {
            for (Decoration.MaskPart p : mask.parts()) {
                if (!(p instanceof Decoration.Condition c)) continue;
                // A bare name is no condition: the checker reported it (HM440, did you mean "upper").
                if (c.expr() instanceof dev.hmspec.ast.Expr.Field) { ok = false; continue; }
                Result<Compiled> r = ExpressionEvaluator.compile(c.expr(), table, dataName);
                r.problems().forEach(pr -> out.add(Messages.fromData(f, pr)));
                if (r.value() == null) { ok = false; continue; }
                if (!(r.value() instanceof Compiled.Bool)) {
                    FieldType t = r.value().type();
                    out.add(DecorationMessages.conditionNotBoolean(f, c.span(), t == null ? "null" : t.label()));
                    ok = false;
                }
            }
        }
        return ok;
    }
}
