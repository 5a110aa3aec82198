package dev.hmspec.tiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A matrix as levels of 2^k × 2^k blocks, each block carrying mean, min, max and count of its
 * non-missing cells. Level 0 is the matrix itself. Levels below {@link #embeddedLevel()} are tile
 * files in {@link #tileDirectory()} ({@code L<k>/<tx>-<ty>.js}, {@link TileWriter}); the embedded
 * level travels inside the page; levels of at most {@link PyramidBuilder#KEEP_CELLS} cells keep
 * their means in memory for the static outputs.
 *
 * @param id            names this pyramid in tile files ({@code hmTile("id", …)}), stable for the same input
 * @param levels        sizes of levels 0 … embeddedLevel
 * @param level0Float64 whether full-resolution tiles carry float64 (the source is not exact in float32)
 * @param min           smallest non-missing value of the whole matrix (NaN when none)
 * @param max           largest non-missing value
 * @param present       number of non-missing cells
 * @param embedded      the embedded level's planes: mean, min, max, count, each columns × rows, row-major
 * @param means         mean plane per kept level
 * @param tileDirectory where the tile files are; null when none were written ({@link TileOutputs#STATIC}, {@link TileOutputs#PLAN})
 */
public record Pyramid(String id, int columns, int rows, int tileSize, List<Level> levels, int embeddedLevel,
                      boolean level0Float64, double min, double max, long present, float[][] embedded,
                      Map<Integer, float[]> means, Path tileDirectory) {
    public Pyramid {
        levels = List.copyOf(levels);
        means = Map.copyOf(means);
    }

    /** One level's size in blocks, and how many tiles it is cut into. */
    public record Level(int level, int columns, int rows, int tilesX, int tilesY) {
        public long cells() { return (long) columns * rows; }
    }

    public long cells() { return (long) columns * rows; }

    public boolean anyMissing() { return present < cells(); }

    public Level level(int k) { return levels.get(k); }

    /** The finest kept level with at least {@code minColumns × minRows} blocks, else the finest kept one. */
    public int levelFor(double minColumns, double minRows) {
        int best = -1;
        for (int k = embeddedLevel; k >= 0; k--) {
            if (!means.containsKey(k)) continue;
            best = k;
            if (levels.get(k).columns() >= minColumns && levels.get(k).rows() >= minRows) return k;
        }
        return best;
    }
}
