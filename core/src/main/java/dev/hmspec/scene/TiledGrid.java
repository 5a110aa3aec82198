package dev.hmspec.scene;

import java.nio.file.Path;
import java.util.List;

/**
 * A grid too large to carry whole (issue 9): the page draws it from {@link TileSet}'s embedded
 * coarse level and loads finer tiles from the folder beside it; SVG and PNG draw {@code preview},
 * an ordinary image-mode {@link CellGrid} of the pyramid level that fits their resolution.
 * {@code columnKeys}/{@code rowKeys} are the full matrix's keys (axes, hover, zoom).
 */
public record TiledGrid(CellGrid preview, TileSet tiles, List<String> columnKeys, List<String> rowKeys) implements Node {
    public TiledGrid {
        columnKeys = List.copyOf(columnKeys);
        rowKeys = List.copyOf(rowKeys);
    }

    /**
     * What the page needs to draw and load tiles. Level k has {@code levelSizes[k] = {columns, rows}}
     * blocks of 2^k × 2^k cells; levels below {@code embeddedLevel} are files
     * {@code <folder>/<id>/L<k>/<tx>-<ty>.js} copied from {@code directory} when the page is written;
     * {@code embedded} holds the embedded level's planes (mean, min, max, count).
     */
    public record TileSet(String id, int columns, int rows, int tileSize, List<int[]> levelSizes, int embeddedLevel,
                          boolean level0Float64, double min, double max, long present, float[][] embedded, Path directory) {
        public TileSet { levelSizes = List.copyOf(levelSizes); }
    }
}
