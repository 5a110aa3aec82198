package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.LayoutBox;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.ViewInfo;
import dev.hmspec.source.SourceFile;
import org.junit.jupiter.api.Test;

/** {@code size W x H} is the chart's size, whatever the grid holds (issue 11, item 4). */
class ChartSizeTest {
    /** An n × n matrix of values 0 … n²−1. */
    static String matrix(int n) {
        StringBuilder s = new StringBuilder("[");
        for (int r = 0; r < n; r++) {
            s.append(r == 0 ? "[" : ", [");
            for (int c = 0; c < n; c++) s.append(c == 0 ? "" : ", ").append(r * n + c);
            s.append(']');
        }
        return s.append(']').toString();
    }

    static Scene compile(int n, String size) {
        String spec = "heatmap \"Dense\" {\n  data values " + matrix(n) + " matrix\n  x x\n  y y\n  color value\n  size " + size + "\n}\n";
        Compiled c = Hmspec.compile(SourceFile.of("dense.hmspec", spec), CompileOptions.defaults());
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        return c.scene().orElseThrow();
    }

    static boolean inside(LayoutBox b, Scene s) {
        return b.x() >= 0 && b.y() >= 0 && b.x() + b.width() <= s.width() + 1e-9 && b.y() + b.height() <= s.height() + 1e-9;
    }

    @Test
    void aGridWithMoreCellsThanThePlotHasPixelsShrinksItsCellsToTheRequestedSize() {
        Scene scene = compile(400, "360 x 300");
        assertEquals(360, scene.width());
        assertEquals(300, scene.height());
        CellGrid grid = ColorMappingProperties.find(scene.nodes(), CellGrid.class).get(0);
        assertEquals(400, grid.columns());
        assertTrue(grid.width() < 400 && grid.height() < 400, "cells under a pixel: " + grid.width() + " x " + grid.height());
        ViewInfo view = scene.views().get(0);
        for (String role : new String[] {"grid", "legend", "axis-x", "axis-y"}) {
            LayoutBox box = view.box(role).orElseThrow();
            assertTrue(inside(box, scene), role + " inside the chart: " + box);
        }
    }

    @Test
    void aFixedSizeChartWithRoomToSpareKeepsItsSizeAndCellsOfAPixelOrMore() {
        Scene scene = compile(10, "360 x 300");
        assertEquals(360, scene.width());
        assertEquals(300, scene.height());
        assertTrue(ColorMappingProperties.find(scene.nodes(), CellGrid.class).get(0).width() >= 10);
        assertTrue(inside(scene.views().get(0).box("legend").orElseThrow(), scene));
    }
}
