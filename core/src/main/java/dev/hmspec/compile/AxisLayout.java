package dev.hmspec.compile;

import java.util.List;

/**
 * How a band axis shows its labels without collisions: the rotation (0, -45 or -90 degrees)
 * and which labels to keep (every k-th, k from 1, 2, 5, 10, 20, 25, 50 ...), decided from
 * measured label widths and the band step.
 */
record AxisLayout(double angle, int every, double maxLabelWidth) {
    static final double SPACING = 1.25; // label height (em) plus breathing room

    static AxisLayout horizontal(List<String> labels, double step, Double forcedAngle) {
        return horizontal(maxWidth(labels), step, forcedAngle);
    }

    /** The rule itself, from the widest label: runtime.js ports it to re-lay out zoomed axes (a test compares both). */
    static AxisLayout horizontal(double maxW, double step, Double forcedAngle) {
        double fs = Theme.labelSize();
        double line = fs * SPACING;
        if (forcedAngle != null) {
            double a = Math.abs(Math.toRadians(forcedAngle));
            double needed = a < 1e-6 ? maxW + fs * 0.6 : Math.min(maxW + fs * 0.6, line / Math.sin(a));
            return new AxisLayout(forcedAngle, nice(Math.ceil(needed / step)), maxW);
        }
        if (maxW + fs * 0.6 <= step) return new AxisLayout(0, 1, maxW);
        // Short labels (numbers) read best upright, thinned; long ones rotated.
        if (maxW <= fs * 3) return new AxisLayout(0, nice(Math.ceil((maxW + fs * 0.8) / step)), maxW);
        if (step * Math.sin(Math.PI / 4) >= line) return new AxisLayout(-45, 1, maxW);
        return new AxisLayout(-90, nice(Math.ceil(line / step)), maxW);
    }

    static AxisLayout vertical(List<String> labels, double step) { return vertical(maxWidth(labels), step); }

    static AxisLayout vertical(double maxW, double step) {
        double line = Theme.labelSize() * SPACING;
        return new AxisLayout(0, nice(Math.ceil(line / step)), maxW);
    }

    /** Height the rotated labels take below the axis. */
    double extent() {
        double fs = Theme.labelSize();
        double a = Math.abs(Math.toRadians(angle));
        return maxLabelWidth * Math.sin(a) + fs * Math.cos(a) * 1.1;
    }

    static double maxWidth(List<String> labels) {
        return TextMeasure.maxWidth(labels, Theme.labelSize(), false);
    }

    private static int nice(double k) {
        if (k <= 1) return 1;
        double pow = Math.pow(10, Math.floor(Math.log10(k)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * pow >= k && (m != 2.5 || pow >= 10)) return (int) Math.round(m * pow);
        }
        return (int) Math.ceil(k);
    }
}
