package dev.hmspec.compile;

import dev.hmspec.analysis.AnalysisMessages;
import dev.hmspec.analysis.RobustDomain;
import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.Statement;
import dev.hmspec.data.Column;
import dev.hmspec.resolve.ResolvedAnalysis;
import java.util.Optional;

/**
 * The color scale of an analyzed grid: trained on the normalized values (the legend title says
 * how they were normalized, unless the spec titled it), and with {@code robust} on the 2nd–98th
 * percentile of them, clamped, with a legend title that says so: outliers get the end colors,
 * never a silently wrong one.
 */
final class AnalysisColor {
    private AnalysisColor() {}

    static ColorMapping train(Statement.Encoding color, Column column, CellData cells, ResolvedAnalysis a) {
        if (a.normalize().isEmpty() && a.robust().isEmpty()) return ColorMapping.train(color, column, cells);
        ColorOptions o = ColorOptions.of(color, column.type());
        String title = o.title();
        boolean titled = color.option(EncodingOption.Legend.class).flatMap(EncodingOption.Legend::title).isPresent()
                || color.option(EncodingOption.Title.class).isPresent();
        if (a.normalize().isPresent() && !titled)
            title = AnalysisMessages.normalizedTitle(title, a.normalize().get().method().specName(), a.normalize().get().sliceName());
        Optional<double[]> domain = o.domain();
        boolean clamp = o.clamp();
        if (a.robust().isPresent()) {
            var robust = RobustDomain.of(cells.values());
            if (robust.isPresent() && robust.get().max() > robust.get().min()) {
                domain = Optional.of(new double[] {robust.get().min(), robust.get().max()});
                clamp = true;
                title = AnalysisMessages.robustTitle(title);
            }
        }
        ColorOptions changed = new ColorOptions(o.type(), o.thresholds(), o.parameter(), o.bins(), o.classes(),
                o.interpolation(), o.ticks(), o.zone(), o.reverse(), o.nice(), o.zero(), clamp, domain, o.midpoint(),
                o.noData(), o.format(), title, o.scheme(), o.range());
        switch (o.type()) {
            case "quantize": case "quantile": case "threshold": return DiscreteColor.binned(changed, cells.values());
            case "ordinal": return DiscreteColor.ordinal(changed, column, cells);
            case "time": return ContinuousColor.time(changed, cells.values());
            default: return ContinuousColor.numeric(changed, cells.values());
        }
    }
}
