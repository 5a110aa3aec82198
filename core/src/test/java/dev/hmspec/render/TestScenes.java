package dev.hmspec.render;

import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.ColorRamp;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Line;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Rect;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.Text;
import dev.hmspec.scene.ViewInfo;
import java.util.ArrayList;
import java.util.List;

/** Hand-built scenes for renderer tests: what the compiler would produce, without the compiler. */
public final class TestScenes {
    private TestScenes() {}

    public static final int BACKGROUND = 0xFFFFFFFF;
    public static final int INK = 0xFF222222;
    /** The 3×2 grid's colors, row by row; the last cell is absent (alpha 0). */
    public static final int[] SMALL_COLORS = {0xFF440154, 0xFF21918C, 0xFFFDE725, 0xFF3B528B, 0xFF5EC962, 0x00000000};
    public static final double PLOT_X = 80, PLOT_Y = 50, CELL_W = 100, CELL_H = 80;

    /** A 3×2 heatmap with a title, both axes (one title rotated), cell labels, tooltips and a legend ramp. */
    public static Scene small() { return small("0.12"); }

    /** The same heatmap with {@code label} as the first cell's label, tooltip and column key. */
    public static Scene small(String label) {
        List<String> cols = List.of(label.equals("0.12") ? "A" : label, "B", "C"), rows = List.of("X", "Y");
        String[] labels = {label, "0.50", "0.98", "-0.20", "0.75", null};
        int[] labelColors = {0xFFFFFFFF, 0xFFFFFFFF, 0xFF000000, 0xFFFFFFFF, 0xFF000000, 0xFF000000};
        double[] values = {0.12, 0.5, 0.98, -0.2, 0.75, Double.NaN};
        String[] tips = new String[6];
        for (int i = 0; i < 6; i++) tips[i] = "column: " + cols.get(i % 3) + "\nrow: " + rows.get(i / 3) + "\nr: " + labels[i];
        if (!label.equals("0.12")) tips[0] = label;
        CellGrid grid = new CellGrid(0, 0, 3, 2, new double[] {0, CELL_W, 2 * CELL_W, 3 * CELL_W},
                new double[] {0, CELL_H, 2 * CELL_H}, SMALL_COLORS.clone(), values, labels, labelColors, 13, cols, rows, tips);

        List<Node> xAxis = new ArrayList<>();
        List<Node> yAxis = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            double x = (c + 0.5) * CELL_W;
            xAxis.add(new Line(x, 0, x, 6, INK, 1, "tick"));
            xAxis.add(new Text(x, 9, cols.get(c), 12, false, Text.Anchor.MIDDLE, Text.Baseline.TOP, 0, INK, "tick-label"));
        }
        xAxis.add(new Text(150, 34, "Column", 13, true, Text.Anchor.MIDDLE, Text.Baseline.TOP, 0, INK, "axis-title"));
        for (int r = 0; r < 2; r++) {
            double y = (r + 0.5) * CELL_H;
            yAxis.add(new Line(-6, y, 0, y, INK, 1, "tick"));
            yAxis.add(new Text(-9, y, rows.get(r), 12, false, Text.Anchor.END, Text.Baseline.MIDDLE, 0, INK, "tick-label"));
        }
        yAxis.add(new Text(-40, 80, "Row", 13, true, Text.Anchor.MIDDLE, Text.Baseline.BOTTOM, -90, INK, "axis-title"));

        List<ColorRamp.Stop> stops = List.of(new ColorRamp.Stop(0, 0xFF440154), new ColorRamp.Stop(0.5, 0xFF21918C),
                new ColorRamp.Stop(1, 0xFFFDE725));
        Group legend = new Group("legend", 420, PLOT_Y, List.of(
                new Text(0, -8, "r", 12, true, Text.Anchor.START, Text.Baseline.ALPHABETIC, 0, INK, "legend-title"),
                new ColorRamp(0, 0, 14, 160, stops, true, "ramp"),
                new Rect(0, 0, 14, 160, 0x00000000, 0x80000000, 1, "ramp-border"),
                new Text(18, 0, "1", 11, false, Text.Anchor.START, Text.Baseline.TOP, 0, INK, "legend-label"),
                new Text(18, 160, "-1", 11, false, Text.Anchor.START, Text.Baseline.BOTTOM, 0, INK, "legend-label")));
        Group view = new Group("view", 0, 0, List.of(
                new Group("plot", PLOT_X, PLOT_Y, List.of(grid)),
                new Group("axis-x", PLOT_X, PLOT_Y + 2 * CELL_H, xAxis),
                new Group("axis-y", PLOT_X, PLOT_Y, yAxis),
                legend));
        Text title = new Text(240, 12, "Test heatmap", 16, true, Text.Anchor.MIDDLE, Text.Baseline.TOP, 0, INK, "title");
        ViewInfo info = new ViewInfo("view-0", label.equals("0.12") ? "Test heatmap" : label, PLOT_X, PLOT_Y, 3 * CELL_W,
                2 * CELL_H, "column", "row", "r", List.of(new ViewInfo.Interaction("tooltip", "")));
        return new Scene(480, 300, BACKGROUND, "Test heatmap", "A 3 by 2 test grid", List.of(title, view), List.of(info));
    }

    /** Color of cell (col, row) in {@link #large}: every cell distinct and opaque. */
    public static int largeColor(int col, int row) {
        return 0xFF000000 | (col & 0xFF) << 16 | (row & 0xFF) << 8 | ((col * 7 + row * 13) & 0xFF);
    }

    /** A columns×rows grid of cellSize-pixel cells at (10, 10), no labels or tooltips. */
    public static Scene large(int columns, int rows, double cellSize) {
        double[] ce = new double[columns + 1], re = new double[rows + 1];
        for (int i = 0; i <= columns; i++) ce[i] = i * cellSize;
        for (int i = 0; i <= rows; i++) re[i] = i * cellSize;
        return gridScene(ce, re, 10, 10);
    }

    /** A grid with the given (possibly uneven) edges at (x, y), colors from {@link #largeColor}. */
    public static Scene gridScene(double[] ce, double[] re, double x, double y) {
        int columns = ce.length - 1, rows = re.length - 1;
        int[] colors = new int[columns * rows];
        double[] values = new double[columns * rows];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++) colors[r * columns + c] = largeColor(c, r);
        List<String> ck = new ArrayList<>(), rk = new ArrayList<>();
        for (int c = 0; c < columns; c++) ck.add("c" + c);
        for (int r = 0; r < rows; r++) rk.add("r" + r);
        CellGrid grid = new CellGrid(x, y, columns, rows, ce, re, colors, values, null, null, 11, ck, rk, null);
        double w = x + Math.abs(ce[columns] - ce[0]) + 10, h = y + Math.abs(re[rows] - re[0]) + 10;
        return new Scene(w, h, BACKGROUND, "Grid", "", List.of(new Group("plot", 0, 0, List.of(grid))), List.of());
    }
}
