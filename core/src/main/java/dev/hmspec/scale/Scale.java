package dev.hmspec.scale;

/**
 * A trained scale: a pure, immutable function from data values to visual values. Continuous
 * scales map numbers to numbers; band scales map categories to positions. Later: ordinal,
 * quantize, quantile, threshold, time.
 */
public sealed interface Scale permits ContinuousScale, BandScale {}
