package dev.hmspec.browser;

import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.RuntimeInfo;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.ViewInfo;
import java.util.ArrayList;
import java.util.List;

/** A hand-built n x n scene (no compiler, so it builds in a blink) with a grey lookup table. */
final class LargeScenes {
    private LargeScenes() {}

    static final double PLOT = 600, LEFT = 40, TOP = 30;

    /** Exact 4-decimal values in [-1, 1]: the page must show them unchanged. */
    static double value(int c, int r) { return ((c * 7L + r * 13L) % 20001 - 10000) / 10000.0; }

    /** Exact 4-decimal values past int16 once scaled (int32 codes in the page): c + value(c, r). */
    static double wideValue(int c, int r) { return ((c * 7L + r * 13L) % 20001 - 10000 + c * 10000L) / 10000.0; }

    static Scene grid(int n) { return grid(n, false); }

    static Scene grid(int n, boolean wide) {
        double[] edges = new double[n + 1];
        for (int i = 0; i <= n; i++) edges[i] = PLOT * i / n;
        double[] values = new double[n * n];
        int[] colors = new int[n * n];
        double[] thresholds = new double[255];
        int[] lut = new int[256];
        for (int k = 0; k < 255; k++) thresholds[k] = -1 + 2.0 * (k + 1) / 256;
        for (int k = 0; k < 256; k++) lut[k] = 0xFF000000 | k << 16 | (255 - k) << 8 | 128;
        for (int r = 0; r < n; r++)
            for (int c = 0; c < n; c++) {
                values[r * n + c] = wide ? wideValue(c, r) : value(c, r);
                colors[r * n + c] = lut[Math.min(255, (int) ((value(c, r) + 1) * 128))];
            }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) keys.add(Integer.toString(i));
        CellGrid g = new CellGrid(LEFT, TOP, n, n, edges, edges, colors, values, null, null, 0, keys, keys, null);
        RuntimeInfo.Axis none = new RuntimeInfo.Axis(false, 0, null, 11, 4, 3);
        RuntimeInfo rt = new RuntimeInfo(none, none,
                new RuntimeInfo.ColorKey(thresholds, lut, 0xFFEEEEEE, new double[] {-1, 1}, LEFT + PLOT + 20, TOP, 14, 200),
                List.of(new RuntimeInfo.TipField("x", "x", ""), new RuntimeInfo.TipField("y", "y", ""), new RuntimeInfo.TipField("value", "color", "")),
                false);
        List<ViewInfo.Interaction> all = new ArrayList<>();
        for (String i : List.of("tooltip", "zoom", "pan", "crosshair", "brush", "keyboard", "legend", "export"))
            all.add(new ViewInfo.Interaction(i, ""));
        ViewInfo info = new ViewInfo("view-1", "Large", LEFT, TOP, PLOT, PLOT, "x", "y", "value", all, rt);
        return new Scene(LEFT + PLOT + 80, TOP + PLOT + 30, 0xFFFFFFFF, "Large", "", List.of(new Group("view", 0, 0, List.of(g))), List.of(info));
    }
}
