package dev.hmspec.compile;

import dev.hmspec.layout.Bounds;
import dev.hmspec.resolve.ResolvedAxis;

/**
 * The grid's bands along one axis, for side tracks whose marks line up with rows or columns:
 * the same {@link PlotBands} the grid is drawn from (padding, whole-pixel rounding), so a bar
 * spans exactly its row's drawn cells.
 *
 * @param rows whether the bands are rows (along y) or columns (along x)
 */
record BandAxis(boolean rows, int count, double padding, boolean round) {

    static BandAxis of(boolean rows, int count, ResolvedAxis axis) { return new BandAxis(rows, count, axis.padding(), axis.round()); }

    /** Band k's drawn extent [lo, hi] along the axis, in scene coordinates. */
    double[][] spans(Frame frame) {
        Bounds plot = frame.plot();
        double origin = rows ? plot.y() : plot.x(), extent = rows ? plot.height() : plot.width();
        PlotBands b = PlotBands.of(count, origin, extent, padding, round);
        double start = origin + b.offset();
        double[][] out = new double[count][];
        for (int k = 0; k < count; k++) {
            double lo = start + b.edges()[k], hi = start + b.edges()[k + 1], d = (hi - lo) * b.inset();
            out[k] = new double[] {lo + d, hi - d};
        }
        return out;
    }
}
