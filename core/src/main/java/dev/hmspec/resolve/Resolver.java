package dev.hmspec.resolve;

import dev.hmspec.ast.Channel;
import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.Statement;
import dev.hmspec.bind.BoundView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage "resolve": {@code BoundView ──▶ ResolvedView}. Runs after bind (fields exist, so every
 * lookup here succeeds) and before compile: reads the AST once, types each field against the
 * table and fills in every default, so the compile stage never looks at AST records.
 */
public final class Resolver {
    private Resolver() {}

    public static ResolvedView resolve(BoundView bound) {
        var view = bound.view();
        Statement.Encoding x = bound.encoding(Channel.X).orElseThrow();
        Statement.Encoding y = bound.encoding(Channel.Y).orElseThrow();
        Statement.Encoding color = bound.encoding(Channel.COLOR).orElseThrow();
        String title = view.last(Statement.Title.class).map(Statement.Title::text).or(view::name).orElse("");
        String subtitle = view.last(Statement.Subtitle.class).map(Statement.Subtitle::text).orElse("");
        ResolvedSize size = view.last(Statement.Size.class)
                .map(s -> new ResolvedSize(ResolvedSize.Kind.valueOf(s.kind().name()), s.width(), s.height(), true))
                .orElse(ResolvedSize.DEFAULT);
        List<ResolvedInteraction> interactions = new ArrayList<>();
        view.all(Statement.Interact.class).forEach(s -> s.interactions().forEach(i ->
                interactions.add(new ResolvedInteraction(i.name().text(), i.argument().map(a -> a.text()).orElse("")))));
        Optional<Statement.Encoding> tip = bound.encoding(Channel.TOOLTIP);
        return new ResolvedView(bound, title, subtitle, axis(bound, x), axis(bound, y), color(bound, color),
                bound.encoding(Channel.TEXT).map(t -> new ResolvedText(field(bound, t.field()), t.span(),
                        OptionReads.fieldFormat(t, 0))),
                tooltip(x, y, color, tip), tip.isPresent(),
                size, interactions, view.span(), AnalysisResolver.resolve(bound));
    }

    private static ResolvedField field(BoundView bound, Statement.ChannelField f) {
        String name = f.field().text();
        return new ResolvedField(name, bound.table().column(name).type(), f.field().span());
    }

    private static ResolvedAxis axis(BoundView bound, Statement.Encoding e) {
        return AxisResolver.axis(field(bound, e.field()), e);
    }

    private static ResolvedColor color(BoundView bound, Statement.Encoding e) {
        return ColorResolver.color(field(bound, e.field()), e);
    }

    /** The tooltip's lines: the spec's fields with their formats, else x, y and the color value (with the color format). */
    private static List<ResolvedTip> tooltip(Statement.Encoding x, Statement.Encoding y, Statement.Encoding color,
                                             Optional<Statement.Encoding> tip) {
        List<ResolvedTip> out = new ArrayList<>();
        if (tip.isEmpty()) {
            out.add(new ResolvedTip(x.field().field().text(), ""));
            out.add(new ResolvedTip(y.field().field().text(), ""));
            out.add(new ResolvedTip(color.field().field().text(),
                    color.option(EncodingOption.Format.class).map(EncodingOption.Format::specifier).orElse("")));
            return out;
        }
        Statement.Encoding e = tip.get();
        for (int k = 0; k < e.fields().size(); k++) {
            Optional<String> format = OptionReads.fieldFormat(e, k);
            out.add(new ResolvedTip(e.fields().get(k).field().text(), format.orElse(""), format));
        }
        return out;
    }
}
