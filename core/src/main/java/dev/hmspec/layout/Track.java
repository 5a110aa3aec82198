package dev.hmspec.layout;

/**
 * One band on a side of a {@link Border}: axis labels, a legend, a dendrogram, an annotation bar,
 * a marginal chart. Its thickness (across the side) may depend on the length of the center
 * along that side, e.g. x labels rotate when the band step is small; it may also need more
 * length than the center has (a legend taller than the grid), which grows the border.
 * New track kinds implement this and nothing else in the layout changes.
 */
public interface Track {
    /** Extent across the side, given the center's length along it. */
    double thickness(double length);

    /** Extent along the side, from the center's leading edge, given the center's length; default: the center's. */
    default double length(double centerLength) { return centerLength; }

    /** A fixed empty band (a gap between tracks). */
    static Track gap(double size) { return length -> size; }
}
