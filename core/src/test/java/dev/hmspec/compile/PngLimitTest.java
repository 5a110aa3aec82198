package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.render.Format;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.Renderers;
import dev.hmspec.scene.Raster;
import dev.hmspec.scene.Scene;
import dev.hmspec.source.SourceFile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A chart too wide for a PNG still renders, smaller, and the compiler says so (issue 11, item 5). */
class PngLimitTest {
    static Compiled compile(int columns, String size) {
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < columns; c++) row.append(c == 0 ? "" : ", ").append(c);
        String spec = "heatmap \"Wide\" {\n  data values [[" + row + "]] matrix\n  x x\n  y y\n  color value\n  size " + size + "\n}\n";
        Compiled c = Hmspec.compile(SourceFile.of("wide.hmspec", spec), CompileOptions.defaults());
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        return c;
    }

    @Test
    void aChartWiderThanThePngLimitWarnsAndItsPngIsDrawnSmallerKeepingItsShape() throws Exception {
        Compiled c = compile(700, "cell 50 x 20"); // 35,000 px of cells: over the limit even at 1×
        Scene scene = c.scene().orElseThrow();
        List<Diagnostic> warned = c.diagnostics().stream().filter(d -> d.code().equals("HM431")).toList();
        assertEquals(1, warned.size(), c.diagnostics().toString());
        double scale = Raster.MAX_SIDE / scene.width();
        assertTrue(warned.get(0).message().startsWith(String.format(java.util.Locale.ROOT, "the PNG is drawn at %.3g× instead of 2×", scale)),
                warned.get(0).message());
        assertEquals(1, warned.get(0).line(), "points at the view");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Renderers.render(scene, Format.PNG, RenderOptions.defaults())));
        assertEquals(Raster.MAX_SIDE, png.getWidth());
        assertEquals(Math.round(scene.height() * scale), png.getHeight());
    }

    @Test
    void aChartWhosePngFitsDoesNotWarn() {
        Compiled c = compile(40, "cell 50 x 20");
        assertEquals(List.of(), c.diagnostics().stream().filter(d -> d.code().equals("HM431")).toList());
    }
}
