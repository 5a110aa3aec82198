package dev.hmspec.scale;

import java.util.Arrays;

/**
 * d3 {@code scaleQuantize}: n equal-width bins across [x0, x1]. A reversed domain is taken in
 * ascending order (the color order is the scheme's business: {@code reverse}); a degenerate
 * one puts every cut at x0, so values below go to the first bin and the rest to the last.
 * Cuts are {@code x0·(1−t) + x1·t}, which never overflows even for domains near ±1e308.
 */
public final class QuantizeScale implements DiscretizingScale {
    private final double x0, x1;
    private final double[] thresholds;

    private QuantizeScale(double a, double b, int bins) {
        if (bins < 1) throw new IllegalArgumentException("a quantize scale needs at least 1 bin, got " + bins);
        if (!(Double.isFinite(a) && Double.isFinite(b))) throw new IllegalArgumentException("a quantize domain must be finite");
        this.x0 = Math.min(a, b);
        this.x1 = Math.max(a, b);
        this.thresholds = new double[bins - 1];
        for (int i = 0; i < bins - 1; i++) {
            double t = (i + 1) / (double) bins;
            double v = x0 * (1 - t) + x1 * t;
            thresholds[i] = Math.max(i == 0 ? x0 : thresholds[i - 1], Math.min(x1, v)); // rounding never unorders cuts
        }
    }

    public static QuantizeScale of(double x0, double x1, int bins) { return new QuantizeScale(x0, x1, bins); }

    public double[] domain() { return new double[] {x0, x1}; }

    /** d3 quantize.nice(): the linear nice domain for about {@code bins} ticks. */
    public QuantizeScale nice() {
        double[] d = Ticks.niceLinear(new double[] {x0, x1}, bins());
        return new QuantizeScale(d[0], d[1], bins());
    }

    @Override public double[] thresholds() { return thresholds.clone(); }
    @Override public int bins() { return thresholds.length + 1; }
    @Override public int apply(double x) { return Double.isNaN(x) ? -1 : DiscretizingScale.bisectRight(thresholds, x); }
    @Override public double[] invertExtent(int bin) { return DiscretizingScale.extent(thresholds, bin, x0, x1); }

    @Override public String toString() { return "QuantizeScale[" + x0 + ", " + x1 + "] cuts " + Arrays.toString(thresholds); }
}
