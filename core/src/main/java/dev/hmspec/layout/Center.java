package dev.hmspec.layout;

/**
 * How a {@link Border}'s center (a heatmap's grid) is sized: its width from the width left for
 * it after the side tracks (NaN when unbounded), its height likewise. A center on a chart of
 * fixed size takes what is left; a center of fixed cell size ignores it.
 */
public interface Center {
    double width(double available);

    double height(double available);
}
