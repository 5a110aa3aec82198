package dev.hmspec.scale;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * d3 {@code scaleBand}: n categories as n equal bands across [r0, r1]. Same arithmetic as d3's
 * band.js {@code rescale()}: {@code step = |r1 - r0| / max(1, n - paddingInner + 2·paddingOuter)},
 * the leftover space distributed by {@code align}; a reversed range reverses the band order.
 * Paddings and align are clamped to [0, 1] like d3.
 */
public final class BandScale implements Scale {
    private final List<String> domain;
    private final Map<String, Integer> index;
    private final double r0, r1, paddingInner, paddingOuter, align;
    private final boolean round;
    private final double step, bandwidth;
    private final double[] starts;

    public BandScale(List<String> domain, double r0, double r1) { this(domain, r0, r1, 0, 0, 0.5, false); }

    private BandScale(List<String> domain, double r0, double r1, double paddingInner, double paddingOuter,
                      double align, boolean round) {
        this.domain = List.copyOf(domain);
        this.index = new HashMap<>();
        for (String key : this.domain) index.putIfAbsent(key, index.size()); // d3 ordinal keeps the first
        this.r0 = r0;
        this.r1 = r1;
        this.paddingInner = clamp01(paddingInner);
        this.paddingOuter = clamp01(paddingOuter);
        this.align = clamp01(align);
        this.round = round;

        int n = index.size();
        boolean reverse = r1 < r0;
        double start = reverse ? r1 : r0, stop = reverse ? r0 : r1;
        double st = (stop - start) / Math.max(1, n - this.paddingInner + this.paddingOuter * 2);
        if (round) st = Math.floor(st);
        start += (stop - start - st * (n - this.paddingInner)) * this.align;
        double bw = st * (1 - this.paddingInner);
        if (round) { start = Ticks.jsRound(start); bw = Ticks.jsRound(bw); }
        this.step = st;
        this.bandwidth = bw;
        this.starts = new double[n];
        for (int i = 0; i < n; i++) starts[reverse ? n - 1 - i : i] = start + st * i;
    }

    private static double clamp01(double x) { return Math.max(0, Math.min(1, x)); }

    public BandScale withDomain(List<String> d) { return new BandScale(d, r0, r1, paddingInner, paddingOuter, align, round); }
    public BandScale withRange(double a, double b) { return new BandScale(domain, a, b, paddingInner, paddingOuter, align, round); }
    /** Sets inner and outer padding together (d3 {@code band.padding}). */
    public BandScale withPadding(double p) { return new BandScale(domain, r0, r1, p, p, align, round); }
    public BandScale withPaddingInner(double p) { return new BandScale(domain, r0, r1, p, paddingOuter, align, round); }
    public BandScale withPaddingOuter(double p) { return new BandScale(domain, r0, r1, paddingInner, p, align, round); }
    public BandScale withAlign(double a) { return new BandScale(domain, r0, r1, paddingInner, paddingOuter, a, round); }
    public BandScale withRound(boolean r) { return new BandScale(domain, r0, r1, paddingInner, paddingOuter, align, r); }

    public List<String> domain() { return domain; }
    public double[] range() { return new double[] {r0, r1}; }
    public double paddingInner() { return paddingInner; }
    public double paddingOuter() { return paddingOuter; }
    public double align() { return align; }
    public boolean round() { return round; }
    public double step() { return step; }
    public double bandwidth() { return bandwidth; }
    /** Number of distinct categories (duplicates in the domain count once, as in d3). */
    public int size() { return starts.length; }

    /** The band start of the category at {@code index} (0-based, in domain order). */
    public double start(int index) { return starts[index]; }

    /** The index of a category, or -1 when it is not in the domain. */
    public int index(String key) { return index.getOrDefault(key, -1); }

    public OptionalInt indexOf(String key) {
        Integer i = index.get(key);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** The band start of a category, NaN when unknown (d3 returns undefined). */
    public double apply(String key) {
        int i = index(key);
        return i < 0 ? Double.NaN : starts[i];
    }

    /** The category whose band (with its share of padding) contains {@code position}; -1 outside. */
    public int indexAt(double position) {
        for (int i = 0; i < starts.length; i++) {
            double lo = starts[i] - (step - bandwidth) / 2, hi = lo + step;
            if (position >= lo && position < hi) return i;
        }
        return -1;
    }

    @Override public String toString() {
        return "BandScale" + domain + " → [" + r0 + ", " + r1 + "] step " + step + " bandwidth " + bandwidth;
    }
}
