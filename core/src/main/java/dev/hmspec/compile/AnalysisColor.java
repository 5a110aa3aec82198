package dev.hmspec.compile;

import dev.hmspec.analysis.AnalysisMessages;
import dev.hmspec.analysis.RobustDomain;
import dev.hmspec.data.Column;
import dev.hmspec.resolve.ResolvedAnalysis;
import dev.hmspec.resolve.ResolvedColorScale;
import java.util.Optional;

/**
 * The color scale of an analyzed grid: trained on the normalized values (the legend title says
 * how they were normalized, unless the spec titled it), and with {@code robust} on the 2nd–98th
 * percentile of them, clamped, with a legend title that says so: outliers get the end colors,
 * never a silently wrong one.
 */
final class AnalysisColor {
    private AnalysisColor() {}

    static ColorMapping train(ResolvedColorScale o, Column column, CellData cells, ResolvedAnalysis a) {
        if (a.normalize().isEmpty() && a.robust().isEmpty()) return ColorMapping.train(o, column, cells);
        String title = o.title();
        if (a.normalize().isPresent() && !o.titleGiven())
            title = AnalysisMessages.normalizedTitle(title, a.normalize().get().method().specName(), a.normalize().get().sliceName());
        Optional<ResolvedColorScale.Domain> domain = o.domain();
        boolean clamp = o.clamp();
        if (a.robust().isPresent()) {
            var robust = RobustDomain.of(cells.values());
            if (robust.isPresent() && robust.get().max() > robust.get().min()) {
                domain = Optional.of(new ResolvedColorScale.Domain(robust.get().min(), robust.get().max()));
                clamp = true;
                title = AnalysisMessages.robustTitle(title);
            }
        }
        return ColorMapping.train(o.with(domain, clamp, title), column, cells);
    }
}
