package dev.hmspec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.ViewInfo;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gallery's faceted spec: a calendar per year on shared bands, one color scale and one legend. */
class SeattleByYearTest {
    @Test
    void fourYearPanelsShareTheirBandsAndOneColorScale() throws IOException {
        var compiled = dev.hmspec.Hmspec.compile(SpecsEndToEndTest.SPECS.resolve("seattle-by-year.hmspec"), SpecsEndToEndTest.OPTIONS);
        assertEquals(List.of(), compiled.diagnostics(), "the gallery spec compiles without a warning");
        Scene s = SpecsEndToEndTest.compile("seattle-by-year");
        assertEquals(List.of("2012", "2013", "2014", "2015"), s.views().stream().map(ViewInfo::title).toList());
        List<CellGrid> grids = SpecsEndToEndTest.find(s.nodes(), CellGrid.class);
        for (CellGrid g : grids) {
            assertEquals(31, g.columns());
            assertEquals(List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), g.rowKeys());
        }
        long legends = SpecsEndToEndTest.find(s.nodes(), Group.class).stream().filter(g -> g.role().equals("legend")).count();
        assertEquals(1, legends);
        // The warmest day of the whole file takes the top color, whichever panel it is in; the same
        // temperature in two years has the same color (one scale, not four).
        double max = Double.NEGATIVE_INFINITY;
        CsvMapper csv = new CsvMapper();
        try (var it = csv.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(SpecsEndToEndTest.SPECS.resolve("data/seattle-weather.csv").toFile())) {
            while (it.hasNext()) max = Math.max(max, Double.parseDouble(it.next().get("temp_max")));
        }
        Integer top = null;
        java.util.Map<Double, Integer> colorOf = new java.util.HashMap<>();
        for (CellGrid g : grids) {
            for (int i = 0; i < g.values().length; i++) {
                double v = g.values()[i];
                if (Double.isNaN(v)) continue;
                if (v == max) top = g.colors()[i];
                Integer before = colorOf.putIfAbsent(v, g.colors()[i]);
                if (before != null) assertEquals(before.intValue(), g.colors()[i], "one color for " + v);
            }
        }
        List<dev.hmspec.scene.ColorRamp.Stop> stops = SpecsEndToEndTest.find(s.nodes(), dev.hmspec.scene.ColorRamp.class).get(0).stops();
        assertEquals(stops.get(stops.size() - 1).color(), top, "the warmest day has the legend's top color");
        assertEquals(4, s.views().stream().map(v -> v.link().facet()).filter("facet-1"::equals).count());
    }
}
