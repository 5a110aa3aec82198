package dev.hmspec.render.html;

import dev.hmspec.scene.RuntimeInfo;
import dev.hmspec.scene.TiledGrid;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiled grid's entry in the page data (runtime/tiles.js reads it): the full matrix's size and
 * keys, the pyramid's level sizes, the embedded coarse level (mean, min, max, count as float32
 * planes, base64) and the color scale as thresholds and colors, the same step function the
 * other grids use, trained on the whole matrix. Tiles themselves are files beside the page.
 */
final class TilePayload {
    private TilePayload() {}

    static void put(Map<String, Object> m, TiledGrid g, RuntimeInfo.ColorKey color) {
        TiledGrid.TileSet t = g.tiles();
        m.put("columns", t.columns());
        m.put("rows", t.rows());
        m.put("xKeys", ViewPayload.keys(g.columnKeys()));
        m.put("yKeys", ViewPayload.keys(g.rowKeys()));
        m.put("cells", Map.of("tiled", true));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", t.id());
        d.put("tileSize", t.tileSize());
        List<int[]> levels = new ArrayList<>(t.levelSizes());
        d.put("levels", levels);
        d.put("embeddedLevel", t.embeddedLevel());
        d.put("f64", t.level0Float64());
        d.put("present", t.present());
        d.put("thresholds", color.thresholds());
        d.put("colors", color.colors());
        d.put("noData", color.noData());
        d.put("embedded", embedded(t.embedded()));
        m.put("tiles", d);
    }

    /** The four planes, little-endian float32, as base64 (no '<': safe inside the data script). */
    private static String embedded(float[][] planes) {
        int n = planes[0].length;
        ByteBuffer b = ByteBuffer.allocate(4 * 4 * n).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] p : planes) for (float v : p) b.putFloat(v);
        return Base64.getEncoder().encodeToString(b.array());
    }
}
