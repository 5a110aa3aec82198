package dev.hmspec.compile;

import dev.hmspec.layout.Bounds;
import dev.hmspec.scene.Node;

/** The color legend right of the plot, after a gap; it may be taller than the plot, which grows the view. */
record LegendTrack(LegendBuilder legend) implements SideTrack {
    @Override public double thickness(double length) { return Theme.legendGap() + legend.width(); }

    @Override public double length(double centerLength) { return legend.height(centerLength); }

    @Override public String role() { return "legend"; }

    @Override public Node draw(Bounds own, Frame frame) {
        Bounds d = drawn(own);
        return legend.build(d.x(), d.y(), frame.plot().height());
    }

    @Override public Bounds drawn(Bounds own) {
        return new Bounds(own.x() + Theme.legendGap(), own.y(), own.width() - Theme.legendGap(), own.height());
    }

    /** The colorbar's rectangle as {@link #draw} places it (null for swatches). */
    double[] rampBox(Bounds own, Frame frame) {
        Bounds d = drawn(own);
        return legend.rampBox(d.x(), d.y(), frame.plot().height());
    }
}
