package dev.hmspec.scene;

import java.util.List;

/**
 * What the browser runtime needs beyond the drawing, so that it never re-derives anything the
 * compiler decided: the axis label rules' inputs (so zoomed axes thin and rotate exactly like
 * {@code AxisLayout}), the color scale as a value→color lookup table, and the tooltip's fields
 * with their formats. Null in {@link ViewInfo} for scenes built without the compiler.
 *
 * @param autoSize the spec said {@code size auto}: the page lets the chart fill its container
 */
public record RuntimeInfo(Axis x, Axis y, ColorKey color, List<TipField> tooltip, boolean autoSize) {
    public RuntimeInfo { tooltip = List.copyOf(tooltip); }

    /**
     * A band axis: whether it is drawn, the widest label (measured by the compiler), the label
     * angle the spec forced (null: automatic), and the theme sizes used to place tick labels.
     */
    public record Axis(boolean shown, double maxLabelWidth, Double forcedAngle, double labelSize,
                       double tickSize, double tickGap) {}

    /**
     * The color scale as a step function: values below {@code thresholds[0]} get {@code colors[0]},
     * values in [thresholds[k-1], thresholds[k]) get {@code colors[k]}; thresholds ascend and
     * {@code colors.length == thresholds.length + 1}. NaN gets {@code noData}. The colorbar's
     * rectangle (absolute page coordinates) and domain let the legend be pointed at and dragged.
     */
    public record ColorKey(double[] thresholds, int[] colors, int noData, double[] domain,
                           double rampX, double rampY, double rampWidth, double rampHeight) {
        public ColorKey {
            if (colors.length != thresholds.length + 1) throw new IllegalArgumentException("colors must be thresholds + 1");
        }
    }

    /** One tooltip line: the field's name, where its value comes from ("x", "y", "color" or "other"), a d3 format or "". */
    public record TipField(String name, String channel, String format) {}
}
