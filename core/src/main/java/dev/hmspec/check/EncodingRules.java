package dev.hmspec.check;

import dev.hmspec.ast.Channel;
import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.color.Color;
import dev.hmspec.color.Schemes;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.diag.RangeMessages;
import dev.hmspec.source.SourceFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Options fit their channel; scale types, schemes, colors and domains are valid. */
public final class EncodingRules {
    /** Scale types of the color channel. */
    public static final List<String> COLOR_SCALES = List.of("linear", "sqrt", "pow", "log", "symlog", "diverging",
            "quantize", "quantile", "threshold", "ordinal", "time");
    static final List<String> POSITION_SCALES = List.of("band");

    private static final Map<Channel, Set<String>> OPTIONS = Map.of(
            Channel.X, Set.of("title", "format", "labelAngle", "sort", "axis", "reverse", "scale", "padding", "round"),
            Channel.Y, Set.of("title", "format", "labelAngle", "sort", "axis", "reverse", "scale", "padding", "round"),
            Channel.COLOR, Set.of("title", "format", "scale", "scheme", "domain", "range", "reverse", "nice", "zero",
                    "clamp", "midpoint", "legend", "nodata", "exponent", "constant", "base", "bins", "ticks", "interpolate", "zone",
                    "impute", "robust", "shared"),
            Channel.TEXT, Set.of("format"),
            Channel.TOOLTIP, Set.of("format", "title"));

    private EncodingRules() {}

    static void check(SourceFile f, View view, List<Diagnostic> out) {
        for (Statement.Encoding e : view.all(Statement.Encoding.class)) {
            Map<String, EncodingOption> seen = new HashMap<>();
            for (EncodingOption o : e.options()) {
                if (o instanceof EncodingOption.Unknown u) {
                    out.add(Messages.unknownOption(f, u.name().span(), u.name().text(), e.channel().keyword(), new TreeSet<>(OPTIONS.get(e.channel()))));
                    continue;
                }
                String name = optionName(o);
                if (!OPTIONS.get(e.channel()).contains(name)) {
                    out.add(Messages.optionNotForChannel(f, o.span(), name, e.channel().keyword(), new TreeSet<>(OPTIONS.get(e.channel()))));
                    continue;
                }
                EncodingOption first = seen.put(name, o);
                if (first != null) out.add(Messages.duplicateOption(f, o.span(), name, f.line(first.span().start())));
                checkOption(f, e.channel(), o, out);
            }
            if (e.channel() == Channel.COLOR) {
                checkColorCombination(f, e, out);
                ScaleRules.check(f, e, out);
            }
        }
    }

    private static void checkOption(SourceFile f, Channel channel, EncodingOption o, List<Diagnostic> out) {
        if (o instanceof EncodingOption.Scale s) {
            List<String> valid = channel == Channel.COLOR ? COLOR_SCALES : POSITION_SCALES;
            if (!valid.contains(s.type().text())) out.add(Messages.unknownScaleType(f, s.type().span(), s.type().text(), channel.keyword(), valid));
        } else if (o instanceof EncodingOption.Scheme s) {
            if (Schemes.find(s.name().text()).isEmpty()) out.add(Messages.unknownScheme(f, s.name().span(), s.name().text(), Schemes.names()));
        } else if (o instanceof EncodingOption.Range r) {
            for (int i = 0; i < r.colors().size(); i++) {
                if (Color.parse(r.colors().get(i)).isEmpty()) out.add(Messages.badColor(f, r.colorSpans().get(i), r.colors().get(i)));
            }
        } else if (o instanceof EncodingOption.NoData n) {
            if (Color.parse(n.color()).isEmpty()) out.add(Messages.badColor(f, n.span(), n.color()));
        } else if (o instanceof EncodingOption.Domain d) {
            if (d.min() == d.max()) out.add(Messages.emptyDomain(f, d.span(), d.min()));
        } else if (o instanceof EncodingOption.LabelAngle a) {
            if (!(Math.abs(a.degrees()) <= 360)) out.add(RangeMessages.badLabelAngle(f, a.span(), a.degrees()));
        } else if (o instanceof EncodingOption.Sort s && s.order() instanceof EncodingOption.ByField by
                && by.aggregate().isPresent() && !SortMessages.SORT_AGGREGATES.contains(by.aggregateName())) {
            out.add(SortMessages.unknownSortAggregate(f, by.aggregate().get().span(), by.aggregateName()));
        } else if (o instanceof EncodingOption.Padding p) {
            // 1 would leave bands of width 0: nothing drawn at all.
            if (!(p.fraction() >= 0 && p.fraction() < 1)) out.add(Messages.badPadding(f, p.valueSpan(), p.fraction()));
        }
    }

    private static void checkColorCombination(SourceFile f, Statement.Encoding e, List<Diagnostic> out) {
        var scheme = e.option(EncodingOption.Scheme.class);
        var range = e.option(EncodingOption.Range.class);
        if (scheme.isPresent() && range.isPresent()) out.add(Messages.schemeAndRange(f, range.get().span()));
        var domain = e.option(EncodingOption.Domain.class);
        var scale = e.option(EncodingOption.Scale.class);
        if (domain.isPresent() && scale.isPresent() && scale.get().type().text().equals("log")) {
            double lo = Math.min(domain.get().min(), domain.get().max());
            double hi = Math.max(domain.get().min(), domain.get().max());
            if (lo <= 0 && hi >= 0) out.add(Messages.logDomainCrossesZero(f, domain.get().span(), domain.get().min(), domain.get().max()));
        }
        var mid = e.option(EncodingOption.Midpoint.class);
        if (mid.isPresent() && domain.isPresent()) {
            double lo = Math.min(domain.get().min(), domain.get().max());
            double hi = Math.max(domain.get().min(), domain.get().max());
            double m = mid.get().value();
            if (m <= lo || m >= hi) out.add(Messages.midpointOutsideDomain(f, mid.get().span(), m, domain.get().min(), domain.get().max()));
        }
        if (domain.isEmpty()) {
            e.options().stream().filter(o -> o instanceof EncodingOption.Flag fl && fl.kind() == EncodingOption.FlagKind.CLAMP)
                    .findFirst().ifPresent(o -> out.add(Messages.clampWithoutDomain(f, o.span())));
        }
    }

    /** The keyword an option is written with, as messages show it. */
    public static String optionName(EncodingOption o) {
        if (o instanceof EncodingOption.Title) return "title";
        if (o instanceof EncodingOption.Format) return "format";
        if (o instanceof EncodingOption.Scale) return "scale";
        if (o instanceof EncodingOption.Scheme) return "scheme";
        if (o instanceof EncodingOption.Domain) return "domain";
        if (o instanceof EncodingOption.Range) return "range";
        if (o instanceof EncodingOption.Flag fl) return fl.kind().name().toLowerCase(java.util.Locale.ROOT);
        if (o instanceof EncodingOption.Midpoint) return "midpoint";
        if (o instanceof EncodingOption.Legend) return "legend";
        if (o instanceof EncodingOption.AxisNone) return "axis";
        if (o instanceof EncodingOption.LabelAngle) return "labelAngle";
        if (o instanceof EncodingOption.NoData) return "nodata";
        if (o instanceof EncodingOption.Parameter p) return p.kind().keyword();
        if (o instanceof EncodingOption.Interpolate) return "interpolate";
        if (o instanceof EncodingOption.Zone) return "zone";
        if (o instanceof EncodingOption.Padding) return "padding";
        if (o instanceof EncodingOption.Impute) return "impute";
        if (o instanceof EncodingOption.Shared) return "shared";
        return "sort";
    }
}
