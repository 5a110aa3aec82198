package dev.hmspec.check;

import dev.hmspec.ast.Decoration;
import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.Name;
import dev.hmspec.ast.Expr;
import dev.hmspec.ast.View;
import dev.hmspec.color.Schemes;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.source.SourceFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spec-only rules of {@code mask}, {@code annotate} and {@code margin}: one mask per view, mask
 * parts that are triangles or real conditions, known margin sides and aggregates, one margin per
 * side, options that fit the statement. Fields are checked against the data in bind.
 */
final class DecorationRules {
    private DecorationRules() {}

    static void check(SourceFile f, View view, List<Diagnostic> out) {
        List<Decoration.Mask> masks = view.all(Decoration.Mask.class);
        for (int i = 1; i < masks.size(); i++)
            out.add(DecorationMessages.duplicate(f, masks.get(i).span(), "mask", f.line(masks.get(0).span().start())));
        for (Decoration.Mask m : masks) {
            for (Decoration.MaskPart p : m.parts()) {
                // A bare field or literal is no condition: most likely a misspelt triangle.
                if (p instanceof Decoration.Condition c && c.expr() instanceof Expr.Field fe)
                    out.add(DecorationMessages.unknownMaskPart(f, fe.span(), fe.name().text()));
            }
        }
        for (Decoration.Annotate a : view.all(Decoration.Annotate.class)) {
            options(f, a.options(), "annotate", DecorationMessages.ANNOTATE_OPTIONS, out);
            ScaleRules.check(f, a.asColor(), out);
        }
        Map<String, Decoration.Margin> sides = new HashMap<>();
        for (Decoration.Margin m : view.all(Decoration.Margin.class)) {
            String side = m.side().text();
            if (!DecorationMessages.SIDES.contains(side)) out.add(DecorationMessages.unknownSide(f, m.side().span(), side));
            else {
                Decoration.Margin first = sides.putIfAbsent(side, m);
                if (first != null) out.add(DecorationMessages.duplicate(f, m.span(), "margin " + side, f.line(first.span().start())));
            }
            Name fn = m.function();
            if (!DecorationMessages.AGGREGATES.contains(fn.text())) out.add(DecorationMessages.unknownAggregate(f, fn.span(), fn.text()));
            else if (fn.text().equals("count") && m.field().isPresent())
                out.add(DecorationMessages.countTakesNoField(f, m.field().get().span()));
            options(f, m.options(), "margin", DecorationMessages.MARGIN_OPTIONS, out);
        }
    }

    private static void options(SourceFile f, List<EncodingOption> options, String statement, List<String> valid,
                                List<Diagnostic> out) {
        Map<String, EncodingOption> seen = new HashMap<>();
        for (EncodingOption o : options) {
            if (o instanceof EncodingOption.Unknown u) {
                out.add(DecorationMessages.optionNotHere(f, u.name().span(), u.name().text(), statement, valid));
                continue;
            }
            String name = EncodingRules.optionName(o);
            if (!valid.contains(name)) {
                out.add(DecorationMessages.optionNotHere(f, o.span(), name, statement, valid));
                continue;
            }
            EncodingOption first = seen.put(name, o);
            if (first != null) out.add(Messages.duplicateOption(f, o.span(), name, f.line(first.span().start())));
            if (o instanceof EncodingOption.Scheme s && Schemes.find(s.name().text()).isEmpty())
                out.add(Messages.unknownScheme(f, s.name().span(), s.name().text(), Schemes.names()));
            if (o instanceof EncodingOption.Scale s && !EncodingRules.COLOR_SCALES.contains(s.type().text()))
                out.add(Messages.unknownScaleType(f, s.type().span(), s.type().text(), "annotate", EncodingRules.COLOR_SCALES));
            if (o instanceof EncodingOption.Domain d && d.min() == d.max()) out.add(Messages.emptyDomain(f, d.span(), d.min()));
        }
    }
}
