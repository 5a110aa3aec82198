package dev.hmspec.compile;

import dev.hmspec.scale.BandScale;
import java.util.ArrayList;
import java.util.List;

/**
 * One position axis's cell geometry from a {@link BandScale} with {@code paddingInner = p} and
 * {@code paddingOuter = p/2} (Vega-Lite's default pairing): then step·n = extent, so slots of
 * one step tile the plot, every band sits centred in its slot, and ticks at slot centres are at
 * band centres. With {@code round} the scale floors the step and rounds band starts and width;
 * the few leftover pixels move the grid inwards by {@link #offset()}.
 *
 * @param offset where the first slot starts, relative to the plot's origin (0 unless rounded)
 * @param edges  slot edges relative to the grid's origin (n + 1 entries)
 * @param inset  fraction of a slot left empty on each side: (step − bandwidth) / 2 / step
 * @param band   the scale the geometry came from, in scene coordinates when rounded
 */
record PlotBands(double offset, double[] edges, double inset, BandScale band) {

    static PlotBands of(int n, double origin, double extent, double padding, boolean round) {
        // A step under one pixel cannot snap: flooring it to 0 would collapse the grid.
        round &= extent / Math.max(1, n) >= 1;
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) keys.add(Integer.toString(i));
        // Rounding needs scene coordinates (whole pixels of the image, not of the plot).
        double base = round ? origin : 0;
        BandScale band = new BandScale(keys, base, base + extent)
                .withPaddingInner(padding).withPaddingOuter(padding / 2).withRound(round);
        double step = band.step(), half = (step - band.bandwidth()) / 2;
        double first = n == 0 ? base : band.start(0) - half;
        double shift = round ? first : 0;
        double[] edges = new double[n + 1];
        for (int i = 0; i < n; i++) edges[i] = band.start(i) - half - shift;
        edges[n] = round ? n * step : extent;
        // Rounding bandwidth may round a tiny band to 0; keep the inset strictly below a half.
        double inset = step > 0 ? Math.min(0.49, half / step) : 0;
        return new PlotBands(round ? first - origin : 0, edges, inset, band);
    }

    double extent() { return edges[edges.length - 1] - edges[0]; }
}
