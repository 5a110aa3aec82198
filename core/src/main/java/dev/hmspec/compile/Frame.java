package dev.hmspec.compile;

import dev.hmspec.layout.Bounds;

/**
 * What a side track draws against: the plot (the center the layout placed) and the grid (the
 * drawn cells, inside the plot, moved inwards by whole-pixel rounding).
 */
record Frame(Bounds plot, Bounds grid) {}
