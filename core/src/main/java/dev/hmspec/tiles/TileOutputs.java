package dev.hmspec.tiles;

/**
 * What the outputs of a compile need from a huge grid, so each run does only that work:
 * {@link #PAGE} builds the pyramid and writes its tiles (an HTML page or fragment will load them);
 * {@link #STATIC} builds the pyramid in memory for SVG/PNG/JSON and writes no tile file;
 * {@link #PLAN} (check) reads only the matrix's shape and reports what would be tiled.
 */
public enum TileOutputs {
    PAGE, STATIC, PLAN;

    /** PAGE when a page is among the outputs, else STATIC. */
    public static TileOutputs forOutputs(boolean pageWanted) { return pageWanted ? PAGE : STATIC; }
}
