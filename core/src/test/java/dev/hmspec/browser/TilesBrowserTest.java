package dev.hmspec.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.html.HtmlRenderer;
import dev.hmspec.scene.Scene;
import dev.hmspec.tiles.TileFolder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A 2,000 × 2,000 .npy matrix above a low tiles threshold, opened from file:// with its tiles
 * folder beside it (issue 9): zoom to single cells and hover the exact value, no blank pixel once
 * tiles settle, and the tile cache stays within its bound over a long pan.
 */
class TilesBrowserTest {
    static final int N = 2000;
    static Browser b;
    static Path page;

    /** Exact in float32: multiples of 0.25. Cell (7, 5) is missing. */
    static double value(int row, int col) { return row == 5 && col == 7 ? Double.NaN : (row % 97) * 1.5 + (col % 89) * 0.25 - 3; }

    static void writeNpy(Path file) throws IOException {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + N + ", " + N + "), }";
        StringBuilder h = new StringBuilder(dict);
        while ((10 + h.length() + 1) % 64 != 0) h.append(' ');
        h.append('\n');
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) h.length(), 0});
            out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
            ByteBuffer row = ByteBuffer.allocate(4 * N).order(ByteOrder.LITTLE_ENDIAN);
            for (int r = 0; r < N; r++) {
                row.clear();
                for (int c = 0; c < N; c++) row.putFloat((float) value(r, c));
                out.write(row.array());
            }
        }
    }

    @BeforeAll
    static void start() throws IOException {
        b = Browser.start();
        Path dir = Browser.OUT.resolve("tiles");
        Files.createDirectories(dir);
        writeNpy(dir.resolve("m.npy"));
        Path spec = dir.resolve("tiled.hmspec");
        Files.writeString(spec, "heatmap \"Tiled\" {\n  data \"m.npy\"\n  tiles above 1000000\n  x column\n  y row\n"
                + "  color value { scheme viridis }\n  size 700 x 600\n  interact tooltip, zoom, pan\n}\n");
        Compiled c = Hmspec.compile(spec, CompileOptions.defaults());
        assertTrue(!c.hasErrors(), c.diagnostics().toString());
        Scene scene = c.scene().orElseThrow();
        page = dir.resolve("tiled.html");
        TileFolder.place(TileFolder.besidePage(page), TileFolder.sets(scene));
        Files.write(page, HtmlRenderer.render(scene, RenderOptions.defaults()));
        // A small cache, so that a pan across the matrix must evict.
        b.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "window.hmTileCacheSize = 12;"));
    }

    @AfterAll static void stop() { if (b != null) b.close(); }

    @AfterEach void noConsoleErrors() { assertEquals(List.of(), b.consoleErrors(), "console errors"); }

    void open() {
        b.driver.get(page.toAbsolutePath().toUri().toString());
        new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(b.js("return window.__hmReady === true")));
    }

    String set() { return "var s = window.hmTiles[Object.keys(window.hmTiles)[0]];"; }

    void settle() {
        new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(b.js(set() + "return s.settled();")));
    }

    /** Alpha of a 25 × 25 sample of canvas pixels: 0 anywhere means a blank spot. */
    long blankSamples() {
        return ((Number) b.js("var c = document.querySelector('.hm-canvas'), d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;"
                + "for (var i = 0; i < 25; i++) for (var j = 0; j < 25; j++) {"
                + "var x = Math.floor((i + 0.5) / 25 * c.width), y = Math.floor((j + 0.5) / 25 * c.height);"
                + "if (d[(y * c.width + x) * 4 + 3] === 0) n++; } return n;")).longValue();
    }

    String tip() { return (String) b.js("var t = document.querySelector('[data-hm-tooltip]'); return t.hidden ? null : t.textContent;"); }

    /** Moves the pointer over cell (col, row) of the current window. */
    void hover(int col, int row) {
        @SuppressWarnings("unchecked")
        List<Number> p = (List<Number>) b.js("var v = hmspec.list[0], st = v.state, r = document.querySelector('.hm-canvas').getBoundingClientRect();"
                + "var fx = (arguments[0] + 0.5) / " + N + ", fy = (arguments[1] + 0.5) / " + N + ";"
                + "return [r.left + (fx - st.x[0]) / (st.x[1] - st.x[0]) * r.width, r.top + (fy - st.y[0]) / (st.y[1] - st.y[0]) * r.height];",
                col, row);
        b.actions().moveToLocation((int) Math.round(p.get(0).doubleValue()), (int) Math.round(p.get(1).doubleValue())).perform();
    }

    @Test
    void the_page_opens_from_file_and_draws_every_pixel_once_tiles_settle() {
        open();
        assertTrue(page.toUri().toString().startsWith("file:"));
        assertEquals(0, blankSamples(), "the embedded level draws at once: no blank pixel");
        settle();
        assertEquals(0, blankSamples(), "no blank pixel after the tiles arrive");
        assertTrue(b.num(set() + "return s.loaded;") > 0, "tiles were loaded from the folder beside the page");
        assertEquals(0, b.num(set() + "return s.failed;"));
        b.shot("tiles-overview");
    }

    @Test
    void zooming_in_reaches_full_resolution_and_hover_gives_the_exact_value() {
        open();
        hover(600, 1200);
        assertTrue(tip().startsWith("block: rows "), "at the overview, hover says it shows a block: " + tip());
        assertTrue(tip().contains("\nn: "), tip());
        // 60 x 60 cells over a 700-px plot: more than one pixel per cell, so level 0.
        b.js("hmspec.list[0].zoomTo(arguments[0], arguments[1], arguments[2], arguments[3])",
                540.0 / N, 600.0 / N, 1200.0 / N, 1260.0 / N);
        settle();
        assertEquals(0, b.num(set() + "return s.level;"), "full resolution");
        assertEquals(0, blankSamples());
        hover(567, 1234);
        assertEquals("column: 567\nrow: 1234\nvalue: " + fmt(value(1234, 567)), tip());
        assertEquals(value(1234, 567), b.num("return hmspec.list[0].value(567, 1234)"));
        b.shot("tiles-cells");
    }

    @Test
    void the_tile_cache_stays_within_its_bound_over_a_long_pan() {
        open();
        double w = 80.0 / N;
        for (int step = 0; step < 16; step++) {
            double x0 = (step * 120.0) / N, y0 = ((step * 7) % 16) * 120.0 / N;
            b.js("hmspec.list[0].zoomTo(arguments[0], arguments[1], arguments[2], arguments[3])", x0, x0 + w, y0, y0 + w);
            settle();
            assertEquals(0, blankSamples(), "step " + step);
        }
        assertTrue(b.num(set() + "return s.loaded;") > 12, "the pan loaded more tiles than the cache holds");
        assertTrue(b.num(set() + "return s.cache.size;") <= 12, "the cache keeps at most its bound");
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
