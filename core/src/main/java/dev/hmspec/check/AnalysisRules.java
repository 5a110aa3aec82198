package dev.hmspec.check;

import dev.hmspec.analysis.AnalysisMessages;
import dev.hmspec.ast.Analysis;
import dev.hmspec.ast.Channel;
import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.cluster.ClusterMessages;
import dev.hmspec.cluster.Linkage;
import dev.hmspec.cluster.Metric;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.source.SourceFile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code normalize} and {@code cluster} statements and the color option {@code robust}:
 * names (with did-you-mean), one statement per axis, option values, and the combinations that
 * cannot both apply (a sort on a clustered axis, robust with a domain, Ward with correlation).
 * Rules that need the data (a cut above the row count, too many rows) run at compile time.
 */
final class AnalysisRules {
    private AnalysisRules() {}

    static void check(SourceFile f, View view, List<Diagnostic> out) {
        List<Analysis.Normalize> normalizes = view.all(Analysis.Normalize.class);
        for (int i = 0; i < normalizes.size(); i++) {
            Analysis.Normalize n = normalizes.get(i);
            if (i > 0) out.add(AnalysisMessages.duplicate(f, n.span(), "normalize", f.line(normalizes.get(0).span().start())));
            if (!AnalysisMessages.METHODS.contains(n.method().text()))
                out.add(AnalysisMessages.unknownMethod(f, n.method().span(), n.method().text()));
            n.over().filter(o -> !slice(o.text())).ifPresent(o -> out.add(AnalysisMessages.unknownSlice(f, o.span(), o.text())));
        }
        Map<Boolean, Analysis.Cluster> axes = new HashMap<>();
        for (Analysis.Cluster c : view.all(Analysis.Cluster.class)) {
            String target = c.target().text();
            if (!AnalysisMessages.TARGETS.contains(target)) {
                out.add(AnalysisMessages.unknownTarget(f, c.target().span(), target));
                continue;
            }
            for (boolean rows : List.of(true, false)) {
                if (target.equals(rows ? "columns" : "rows")) continue;
                Analysis.Cluster first = axes.putIfAbsent(rows, c);
                if (first != null && first != c)
                    out.add(AnalysisMessages.duplicate(f, c.span(), "cluster " + (rows ? "rows" : "columns"), f.line(first.span().start())));
            }
            options(f, c, out);
        }
        sortsOnClusteredAxes(f, view, axes, out);
        robust(f, view, out);
    }

    private static boolean slice(String s) {
        return AnalysisMessages.SLICES.contains(s) || s.equals("rows") || s.equals("columns");
    }

    private static void options(SourceFile f, Analysis.Cluster c, List<Diagnostic> out) {
        Map<Class<?>, Analysis.ClusterOption> seen = new HashMap<>();
        for (Analysis.ClusterOption o : c.options()) {
            if (o instanceof Analysis.UnknownOption u) {
                out.add(AnalysisMessages.unknownOption(f, u.name().span(), u.name().text()));
                continue;
            }
            Analysis.ClusterOption first = seen.putIfAbsent(o.getClass(), o);
            if (first != null) out.add(AnalysisMessages.duplicate(f, o.span(), "this option", f.line(first.span().start())));
            if (o instanceof Analysis.LinkageOption l && Linkage.byName(l.name().text()).isEmpty())
                out.add(ClusterMessages.unknownLinkage(l.name().text()).at(f, l.name().span()));
            else if (o instanceof Analysis.MetricOption m && Metric.byName(m.name().text()).isEmpty())
                out.add(ClusterMessages.unknownMetric(m.name().text()).at(f, m.name().span()));
            else if (o instanceof Analysis.OrderOption r && !AnalysisMessages.ORDERS.contains(r.name().text()))
                out.add(AnalysisMessages.unknownOrder(f, r.name().span(), r.name().text()));
            else if (o instanceof Analysis.Cut k && !(k.k() >= 2 && k.k() == Math.rint(k.k()) && k.k() <= Integer.MAX_VALUE))
                out.add(AnalysisMessages.badCut(f, k.valueSpan(), k.k()));
            else if (o instanceof Analysis.Dendrogram d && d.thickness().isPresent()
                    && !(d.thickness().get() >= 10 && d.thickness().get() <= 400))
                out.add(AnalysisMessages.badThickness(f, d.span(), d.thickness().get()));
        }
        Optional<Linkage> linkage = c.option(Analysis.LinkageOption.class).flatMap(l -> Linkage.byName(l.name().text()));
        Metric metric = c.option(Analysis.MetricOption.class).flatMap(m -> Metric.byName(m.name().text())).orElse(Metric.EUCLIDEAN);
        if (linkage.isPresent() && linkage.get().euclideanOnly() && metric != Metric.EUCLIDEAN) {
            Analysis.LinkageOption at = c.option(Analysis.LinkageOption.class).orElseThrow();
            out.add(ClusterMessages.nonEuclideanLinkage(linkage.get(), metric).at(f, at.span()));
        }
    }

    /** HM414: the dendrogram decides a clustered axis's order; a sort written on it would be ignored silently. */
    private static void sortsOnClusteredAxes(SourceFile f, View view, Map<Boolean, Analysis.Cluster> axes, List<Diagnostic> out) {
        for (Statement.Encoding e : view.all(Statement.Encoding.class)) {
            boolean rows = e.channel() == Channel.Y;
            if ((e.channel() != Channel.X && !rows) || !axes.containsKey(rows)) continue;
            for (EncodingOption o : e.options()) {
                boolean reverse = o instanceof EncodingOption.Flag fl && fl.kind() == EncodingOption.FlagKind.REVERSE;
                if (o instanceof EncodingOption.Sort || reverse)
                    out.add(AnalysisMessages.clusterOverridesSort(f, o.span(), e.channel().name().toLowerCase(Locale.ROOT)));
            }
        }
    }

    private static void robust(SourceFile f, View view, List<Diagnostic> out) {
        for (Statement.Encoding e : view.all(Statement.Encoding.class)) {
            if (e.channel() != Channel.COLOR) continue;
            boolean domain = e.option(EncodingOption.Domain.class).isPresent();
            for (EncodingOption o : e.options()) {
                if (domain && o instanceof EncodingOption.Flag fl && fl.kind() == EncodingOption.FlagKind.ROBUST)
                    out.add(AnalysisMessages.robustWithDomain(f, o.span()));
            }
        }
    }
}
