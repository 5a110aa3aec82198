package dev.hmspec.compile;

import dev.hmspec.layout.Bounds;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.TiledGrid;
import dev.hmspec.tiles.Pyramid;
import dev.hmspec.tiles.TiledMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * The compiler's side of a tiled matrix (issue 9). {@link #cellData} stands in for the cells:
 * the full keys for axes and hover, and as "values" only the matrix's min and max (and NaN when
 * cells are missing), which is all a continuous color scale trains on — so the scale and legend
 * are the full data's, not a level's. {@link #node} draws the grid as a {@link TiledGrid}.
 */
final class TiledCells {
    private TiledCells() {}

    static CellData cellData(TiledMatrix m) {
        Pyramid p = m.pyramid();
        double[] values = p.present() == 0 ? new double[] {Double.NaN}
                : p.anyMissing() ? new double[] {p.min(), p.max(), Double.NaN} : new double[] {p.min(), p.max()};
        List<Object> xKeys = new ArrayList<>(m.columnLabels()), yKeys = new ArrayList<>(m.rowLabels());
        return new CellData(xKeys, yKeys, m.columnLabels(), m.rowLabels(), values, null, null, null, null, 0, "");
    }

    /** Static outputs draw the preview at twice the plot's size at most (PNG's default density). */
    static TiledGrid node(TiledMatrix m, ColorMapping mapping, Bounds box) {
        Pyramid p = m.pyramid();
        int k = p.levelFor(box.width() * 2, box.height() * 2);
        Pyramid.Level level = p.level(k);
        float[] means = p.means().get(k);
        int nx = level.columns(), ny = level.rows(), n = nx * ny;
        int[] colors = new int[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = means[i];
            colors[i] = mapping.color(values[i]);
        }
        CellGrid preview = new CellGrid(box.x(), box.y(), nx, ny, edges(nx, level.columns() << k, p.columns(), box.width()),
                edges(ny, level.rows() << k, p.rows(), box.height()), colors, values, null, null, 0,
                blockKeys(m.columnLabels(), nx, k), blockKeys(m.rowLabels(), ny, k), null);
        List<int[]> sizes = new ArrayList<>();
        for (Pyramid.Level l : p.levels()) sizes.add(new int[] {l.columns(), l.rows()});
        TiledGrid.TileSet set = new TiledGrid.TileSet(p.id(), p.columns(), p.rows(), p.tileSize(), sizes, p.embeddedLevel(),
                p.level0Float64(), p.min(), p.max(), p.present(), p.embedded(), p.tileDirectory());
        return new TiledGrid(preview, set, m.columnLabels(), m.rowLabels());
    }

    /** Block edges over the plot: the last block of a level may cover fewer than 2^k cells. */
    private static double[] edges(int blocks, long coveredCells, int cells, double extent) {
        double[] e = new double[blocks + 1];
        long per = coveredCells / blocks;
        for (int i = 0; i <= blocks; i++) e[i] = Math.min(cells, (long) i * per) * extent / cells;
        return e;
    }

    private static List<String> blockKeys(List<String> keys, int blocks, int k) {
        List<String> out = new ArrayList<>(blocks);
        for (int i = 0; i < blocks; i++) out.add(keys.get(i << k));
        return out;
    }
}
