package dev.hmspec.scale;

import java.util.List;

/**
 * d3 {@code scalePoint}: a band scale with inner padding 1, so every band collapses to a point;
 * {@code padding} is the outer padding in steps. The points of n categories split the range into
 * n − 1 + 2·padding equal steps.
 */
public final class PointScale implements Scale {
    private final BandScale band;

    private PointScale(BandScale band) { this.band = band.withPaddingInner(1); }

    public static PointScale of(List<String> domain, double r0, double r1) { return new PointScale(new BandScale(domain, r0, r1)); }

    public PointScale withPadding(double p) { return new PointScale(band.withPaddingOuter(p)); }
    public PointScale withAlign(double a) { return new PointScale(band.withAlign(a)); }
    public PointScale withRound(boolean r) { return new PointScale(band.withRound(r)); }

    public List<String> domain() { return band.domain(); }
    public double step() { return band.step(); }
    public double padding() { return band.paddingOuter(); }
    public int size() { return band.size(); }
    /** The position of a category, NaN when unknown. */
    public double apply(String key) { return band.apply(key); }
    public double position(int index) { return band.start(index); }

    @Override public String toString() { return "PointScale" + band.domain() + " step " + band.step(); }
}
