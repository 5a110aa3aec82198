package dev.hmspec.syntax;

import dev.hmspec.ast.Analysis;
import dev.hmspec.ast.Name;
import dev.hmspec.source.Span;
import dev.hmspec.syntax.antlr.HmspecParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parse tree → {@link Analysis} records: the {@code normalize} and {@code cluster} statements. */
final class AnalysisBuilder {
    private AnalysisBuilder() {}

    static Analysis statement(StatementContext s, Span span) {
        if (s instanceof NormalizeStmtContext n) {
            Optional<Name> over = n.BY() == null ? Optional.empty() : Optional.of(AstBuilder.name(n.name(1)));
            return new Analysis.Normalize(AstBuilder.name(n.name(0)), over, span);
        }
        ClusterStmtContext c = (ClusterStmtContext) s;
        List<Analysis.ClusterOption> options = new ArrayList<>();
        if (c.clusterOptions() != null) for (ClusterOptionContext o : c.clusterOptions().clusterOption()) options.add(option(o));
        return new Analysis.Cluster(AstBuilder.name(c.name()), options, span);
    }

    private static Analysis.ClusterOption option(ClusterOptionContext o) {
        Span s = AstBuilder.span(o);
        if (o instanceof LinkageOptionContext l) return new Analysis.LinkageOption(AstBuilder.name(l.name()), s);
        if (o instanceof MetricOptionContext m) return new Analysis.MetricOption(AstBuilder.name(m.name()), s);
        if (o instanceof OrderOptionContext r) return new Analysis.OrderOption(AstBuilder.name(r.name()), s);
        if (o instanceof CutOptionContext k)
            return new Analysis.Cut(Literals.number(k.NUMBER().getText()), AstBuilder.span(k.NUMBER()), s);
        if (o instanceof DendrogramOptionContext d) {
            return new Analysis.Dendrogram(d.NUMBER() == null ? Optional.empty()
                    : Optional.of(Literals.number(d.NUMBER().getText())), s);
        }
        UnknownClusterOptionContext u = (UnknownClusterOptionContext) o;
        return new Analysis.UnknownOption(new Name(u.IDENT(0).getText(), AstBuilder.span(u.IDENT(0))), s);
    }
}
