package dev.hmspec.syntax;

import static dev.hmspec.syntax.AstBuilder.span;

import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.Name;
import dev.hmspec.ast.Statement;
import dev.hmspec.source.Span;
import dev.hmspec.syntax.antlr.HmspecParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Encoding statements and their option blocks → {@link Statement.Encoding}. */
final class EncodingBuilder {
    /** Options holding a number already reported out of range: left out, their statement kept. */
    private final java.util.function.Predicate<org.antlr.v4.runtime.ParserRuleContext> reported;

    EncodingBuilder(java.util.function.Predicate<org.antlr.v4.runtime.ParserRuleContext> reported) { this.reported = reported; }

    Statement.Encoding encoding(EncodingStmtContext c, Span span) {
        List<Statement.ChannelField> fields = new ArrayList<>();
        for (ChannelFieldContext f : c.channelField()) {
            Optional<String> format = f.STRING() == null ? Optional.empty() : Optional.of(Literals.string(f.STRING().getText()));
            fields.add(new Statement.ChannelField(AstBuilder.field(f.field()), format, span(f)));
        }
        List<EncodingOption> options = new ArrayList<>();
        if (c.encodingOptions() != null) {
            for (EncodingOptionContext o : c.encodingOptions().encodingOption()) if (!reported.test(o)) options.add(option(o));
        }
        return new Statement.Encoding(AstBuilder.channel(c.channel()), fields, options, span, span(c.channel()));
    }

    private EncodingOption option(EncodingOptionContext o) {
        Span s = span(o);
        if (o instanceof TitleOptionContext t) return new EncodingOption.Title(Literals.string(t.STRING().getText()), s);
        if (o instanceof FormatOptionOptContext f) return new EncodingOption.Format(Literals.string(f.STRING().getText()), s);
        if (o instanceof ScaleOptionContext sc) {
            List<Double> values = new ArrayList<>();
            sc.signedNumber().forEach(n -> values.add(AstBuilder.signedNumber(n)));
            return new EncodingOption.Scale(AstBuilder.name(sc.name()), values, s);
        }
        if (o instanceof SchemeOptionContext sc) {
            if (sc.NUMBER() == null) return new EncodingOption.Scheme(AstBuilder.name(sc.name()), s);
            double k = Double.parseDouble(sc.NUMBER().getText());
            OptionalInt classes = OptionalInt.of(k == Math.rint(k) && k < 1e6 ? (int) k : -1); // -1: not a whole count
            return new EncodingOption.Scheme(AstBuilder.name(sc.name()), classes, span(sc.NUMBER()), s);
        }
        if (o instanceof ExponentOptionContext p) return parameter(EncodingOption.ParameterKind.EXPONENT, p.signedNumber(), s);
        if (o instanceof ConstantOptionContext p) return parameter(EncodingOption.ParameterKind.CONSTANT, p.signedNumber(), s);
        if (o instanceof BaseOptionContext p) return parameter(EncodingOption.ParameterKind.BASE, p.signedNumber(), s);
        if (o instanceof BinsOptionContext p) return parameter(EncodingOption.ParameterKind.BINS, p.signedNumber(), s);
        if (o instanceof TicksOptionContext p) return parameter(EncodingOption.ParameterKind.TICKS, p.signedNumber(), s);
        if (o instanceof InterpolateOptionContext i) return new EncodingOption.Interpolate(AstBuilder.name(i.name()), s);
        if (o instanceof ZoneOptionContext z) return new EncodingOption.Zone(Literals.string(z.STRING().getText()), span(z.STRING()), s);
        if (o instanceof DomainOptionContext d) {
            return new EncodingOption.Domain(AstBuilder.signedNumber(d.signedNumber(0)), AstBuilder.signedNumber(d.signedNumber(1)), s);
        }
        if (o instanceof RangeOptionContext r) {
            List<String> colors = new ArrayList<>();
            List<Span> spans = new ArrayList<>();
            r.STRING().forEach(t -> { colors.add(Literals.string(t.getText())); spans.add(span(t)); });
            return new EncodingOption.Range(colors, spans, s);
        }
        if (o instanceof ReverseOptionContext) return new EncodingOption.Flag(EncodingOption.FlagKind.REVERSE, s);
        if (o instanceof NiceOptionContext) return new EncodingOption.Flag(EncodingOption.FlagKind.NICE, s);
        if (o instanceof ZeroOptionContext) return new EncodingOption.Flag(EncodingOption.FlagKind.ZERO, s);
        if (o instanceof ClampOptionContext) return new EncodingOption.Flag(EncodingOption.FlagKind.CLAMP, s);
        if (o instanceof RoundOptionContext) return new EncodingOption.Flag(EncodingOption.FlagKind.ROUND, s);
        if (o instanceof RobustOptionContext) return new EncodingOption.Flag(EncodingOption.FlagKind.ROBUST, s);
        if (o instanceof PaddingOptionContext p) {
            return new EncodingOption.Padding(AstBuilder.signedNumber(p.signedNumber()), span(p.signedNumber()), s);
        }
        if (o instanceof MidpointOptionContext m) return new EncodingOption.Midpoint(AstBuilder.signedNumber(m.signedNumber()), s);
        if (o instanceof ImputeOptionContext m)
            return new EncodingOption.Impute(AstBuilder.signedNumber(m.signedNumber()), span(m.signedNumber()), s);
        if (o instanceof LegendOptionContext l) {
            return new EncodingOption.Legend(l.STRING() == null ? Optional.empty() : Optional.of(Literals.string(l.STRING().getText())), s);
        }
        if (o instanceof AxisOptionContext) return new EncodingOption.AxisNone(s);
        if (o instanceof LabelAngleOptionContext a) return new EncodingOption.LabelAngle(AstBuilder.signedNumber(a.signedNumber()), s);
        if (o instanceof UnknownOptionContext u) return new EncodingOption.Unknown(new Name(u.IDENT(0).getText(), span(u.IDENT(0))), s);
        if (o instanceof NoDataOptionContext n) return new EncodingOption.NoData(Literals.string(n.STRING().getText()), s);
        if (o instanceof SharedOptionContext sh)
            return new EncodingOption.Shared(Literals.string(sh.STRING().getText()), span(sh.STRING()), s);
        return new EncodingOption.Sort(sort(((SortOptionContext) o).sortSpec()), s);
    }

    private static EncodingOption parameter(EncodingOption.ParameterKind kind, SignedNumberContext n, Span s) {
        return new EncodingOption.Parameter(kind, AstBuilder.signedNumber(n), span(n), s);
    }

    private EncodingOption.SortOrder sort(SortSpecContext spec) {
        if (spec instanceof SortAscendingContext) return new EncodingOption.Ascending();
        if (spec instanceof SortDescendingContext) return new EncodingOption.Descending();
        if (spec instanceof SortNaturalContext) return new EncodingOption.Natural();
        if (spec instanceof SortByAggregateContext a) {
            return new EncodingOption.ByField(AstBuilder.name(a.name(1)), a.DESCENDING() != null,
                    java.util.Optional.of(AstBuilder.name(a.name(0))));
        }
        if (spec instanceof SortByFieldContext b) {
            Name field = AstBuilder.name(b.name());
            return new EncodingOption.ByField(field, b.DESCENDING() != null);
        }
        List<Object> values = new ArrayList<>();
        for (SortValueContext v : ((SortExplicitContext) spec).sortValue()) {
            Object value = v.literal() != null ? ExprBuilder.literal(v.literal()) : v.name().getText();
            values.add(value == null ? "null" : value);
        }
        return new EncodingOption.Explicit(values);
    }

    /** The options in braces after a decoration statement ({@code annotate}, {@code margin}); none without braces. */
    List<EncodingOption> options(EncodingOptionsContext c) {
        List<EncodingOption> options = new ArrayList<>();
        if (c == null) return options;
        for (EncodingOptionContext o : c.encodingOption()) if (!reported.test(o)) options.add(option(o));
        return options;
    }
}
