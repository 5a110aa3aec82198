package dev.hmspec.compile;

import dev.hmspec.layout.Bounds;
import dev.hmspec.layout.Track;
import dev.hmspec.scene.Node;

/**
 * A track of a heatmap's side that draws itself once the layout has placed it. A new kind of
 * track (dendrogram, annotation bar, marginal chart) is one class implementing this.
 */
interface SideTrack extends Track {
    /** The box role the view reports this track under ("axis-x", "legend" …). */
    String role();

    /** The scene nodes of this track, given its placed box and the plot's. */
    Node draw(Bounds own, Frame frame);

    /** The part of its box the track draws in (a legend leaves its leading gap empty). */
    default Bounds drawn(Bounds own) { return own; }
}
