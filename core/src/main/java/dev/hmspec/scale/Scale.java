package dev.hmspec.scale;

/**
 * A trained scale: a pure, immutable function from data values to visual values. Continuous
 * scales map numbers to numbers; discretizing scales (quantize, quantile, threshold) map numbers
 * to bin indices; band, point and ordinal scales map categories; time scales map instants.
 */
public sealed interface Scale permits ContinuousScale, DiscretizingScale, BandScale, PointScale, OrdinalScale, TimeScale {}
