package dev.hmspec.transform;

import dev.hmspec.ast.Transform;
import dev.hmspec.data.Column;
import dev.hmspec.data.DataMessages;
import dev.hmspec.data.NumberColumn;
import dev.hmspec.data.Table;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code bin}: adds {@code <as>} (bin start) and {@code <as>_end}. The step follows Vega's bin
 * (vega-statistics bin.js): a power of ten, divided by 5 or 2 while the count stays within
 * maxbins (default 10), extent widened to multiples of the step; the maximum falls in the last bin.
 */
public final class Binner {
    private Binner() {}

    /** Bin boundaries: start, stop (exclusive multiple of step) and step. */
    public record Bins(double start, double stop, double step) {}

    public static final double EPSILON = 1e-14; // as Vega: keeps values on a boundary in the upper bin

    static Table apply(Table in, Transform.Bin b, StepContext ctx) {
        String as = b.as().text(), end = as + "_end";
        Optional<Column> found = ctx.field(in, b.field());
        boolean ok = found.isPresent();
        if (ok && !(found.get() instanceof NumberColumn)) {
            ctx.add(DataMessages.fieldNotNumeric("bin", b.field().text(), found.get().type(), b.field().span()));
            ok = false;
        }
        int maxbins = b.maxbins().orElse(10);
        if (maxbins <= 0) { ctx.add(DataMessages.badBinParameter("maxbins", maxbins, b.span())); ok = false; }
        if (b.step().isPresent() && !(b.step().getAsDouble() > 0)) {
            ctx.add(DataMessages.badBinParameter("step", b.step().getAsDouble(), b.span()));
            ok = false;
        }
        double[] lo = new double[in.rowCount()], hi = new double[in.rowCount()];
        Arrays.fill(lo, Double.NaN);
        Arrays.fill(hi, Double.NaN);
        if (!ok) {
            ctx.poison(as);
            ctx.poison(end);
        } else {
            double[] v = ((NumberColumn) found.get()).values();
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (double x : v) if (!Double.isNaN(x)) { min = Math.min(min, x); max = Math.max(max, x); }
            if (min <= max) {
                Bins bins = bins(min, max, maxbins, b.step().isPresent() ? b.step().getAsDouble() : 0);
                for (int r = 0; r < v.length; r++) {
                    if (Double.isNaN(v[r])) continue;
                    double x = Math.max(bins.start(), Math.min(v[r], bins.stop() - bins.step()));
                    lo[r] = bins.start() + bins.step() * Math.floor(EPSILON + (x - bins.start()) / bins.step());
                    hi[r] = lo[r] + bins.step();
                }
            }
        }
        return in.with(new NumberColumn(as, lo)).with(new NumberColumn(end, hi));
    }

    /** Vega's bin(): nice step for [min, max]; {@code fixedStep} > 0 overrides the search. */
    public static Bins bins(double min, double max, int maxbins, double fixedStep) {
        double span = max - min;
        if (span == 0) span = Math.abs(min) != 0 ? Math.abs(min) : 1;
        double step;
        if (fixedStep > 0) {
            step = fixedStep;
        } else {
            double logb = Math.log(10);
            int level = (int) Math.ceil(Math.log(maxbins) / logb);
            step = Math.pow(10, Math.round(Math.log(span) / logb) - level);
            while (Math.ceil(span / step) > maxbins) step *= 10;
            for (double div : new double[] {5, 2}) {
                double s = step / div;
                if (span / s <= maxbins) step = s;
            }
        }
        double v = Math.log(step), precision = v >= 0 ? 0 : Math.floor(-v / Math.log(10)) + 1;
        double eps = Math.pow(10, -precision - 1);
        double fl = Math.floor(min / step + eps) * step;
        double start = min < fl ? fl - step : fl;
        double stop = Math.ceil(max / step) * step;
        if (stop <= start) stop = start + step;
        return new Bins(start, stop, step);
    }
}
