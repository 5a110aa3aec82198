package dev.hmspec.resolve;

import dev.hmspec.analysis.Normalize;
import dev.hmspec.ast.Analysis;
import dev.hmspec.ast.Channel;
import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.View;
import dev.hmspec.bind.BoundView;
import dev.hmspec.cluster.Linkage;
import dev.hmspec.cluster.Metric;
import dev.hmspec.source.Span;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@code normalize}, {@code cluster} and {@code robust} settings of a checked view, with
 * defaults. The checker has rejected unknown names, so each lookup here succeeds; the last
 * statement of a kind wins (a duplicate is an error anyway).
 */
public final class AnalysisResolver {
    private AnalysisResolver() {}

    public static ResolvedAnalysis resolve(BoundView bound) {
        View view = bound.view();
        Optional<ResolvedNormalize> normalize = view.last(Analysis.Normalize.class).map(AnalysisResolver::normalize);
        Optional<ResolvedCluster> rows = Optional.empty(), columns = Optional.empty();
        for (Analysis.Cluster c : view.all(Analysis.Cluster.class)) {
            String target = c.target().text().toLowerCase(Locale.ROOT);
            if (!target.equals("columns")) rows = Optional.of(cluster(c, true));
            if (!target.equals("rows")) columns = Optional.of(cluster(c, false));
        }
        Optional<Span> robust = bound.encoding(Channel.COLOR).flatMap(e -> e.options().stream()
                .filter(o -> o instanceof EncodingOption.Flag f && f.kind() == EncodingOption.FlagKind.ROBUST)
                .map(EncodingOption::span).findFirst());
        return new ResolvedAnalysis(normalize, rows, columns, robust);
    }

    static Normalize.Over over(String slice) {
        String s = slice.toLowerCase(Locale.ROOT);
        return s.startsWith("row") ? Normalize.Over.ROWS : s.startsWith("column") ? Normalize.Over.COLUMNS : Normalize.Over.ALL;
    }

    private static ResolvedNormalize normalize(Analysis.Normalize n) {
        Normalize.Method method = Normalize.method(n.method().text()).orElse(Normalize.Method.ZSCORE);
        return new ResolvedNormalize(method, n.over().map(o -> over(o.text())).orElse(Normalize.Over.ALL), n.span());
    }

    private static ResolvedCluster cluster(Analysis.Cluster c, boolean rows) {
        Linkage linkage = c.option(Analysis.LinkageOption.class).flatMap(l -> Linkage.byName(l.name().text()))
                .orElse(Linkage.AVERAGE);
        Metric metric = c.option(Analysis.MetricOption.class).flatMap(m -> Metric.byName(m.name().text()))
                .orElse(Metric.EUCLIDEAN);
        ResolvedCluster.Order order = c.option(Analysis.OrderOption.class)
                .map(o -> o.name().text().equalsIgnoreCase("tree") ? ResolvedCluster.Order.TREE : ResolvedCluster.Order.OPTIMAL)
                .orElse(ResolvedCluster.Order.AUTO);
        Optional<Analysis.Cut> cut = c.option(Analysis.Cut.class);
        double thickness = c.option(Analysis.Dendrogram.class).map(d -> d.thickness().orElse(0.0))
                .orElse(ResolvedCluster.DEFAULT_THICKNESS);
        return new ResolvedCluster(rows, linkage, metric, order,
                cut.map(k -> OptionalInt.of((int) k.k())).orElse(OptionalInt.empty()), thickness, c.span(),
                cut.map(Analysis.Cut::valueSpan).orElse(c.span()));
    }
}
