package dev.hmspec.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hmspec.analysis.Normalize.Method;
import dev.hmspec.analysis.Normalize.Over;
import java.io.InputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NormalizeTest {
    private static final double NaN = Double.NaN;
    // 2 rows × 3 columns
    private static final double[] GRID = {1, 2, 3, 10, 20, 60};

    @Test
    @DisplayName("normalize(zscore, rows) subtracts the row mean and divides by the sample standard deviation")
    void zscoreRows() {
        var r = Normalize.apply(GRID, 2, 3, Method.ZSCORE, Over.ROWS);
        double sd2 = Math.sqrt((400.0 + 100 + 900) / 2);
        assertArrayEquals(new double[] {-1, 0, 1, -20 / sd2, -10 / sd2, 30 / sd2}, r.values(), 1e-12);
        assertEquals(0, r.degenerateSlices());
    }

    @Test
    @DisplayName("normalize(minmax, columns) maps each column's min to 0 and max to 1")
    void minmaxColumns() {
        var r = Normalize.apply(GRID, 2, 3, Method.MINMAX, Over.COLUMNS);
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 1}, r.values(), 0);
    }

    @Test
    @DisplayName("normalize(percent, all) divides by the total of every cell, in percent")
    void percentAll() {
        var r = Normalize.apply(GRID, 2, 3, Method.PERCENT, Over.ALL);
        double t = 96 / 100.0;
        assertArrayEquals(new double[] {1 / t, 2 / t, 3 / t, 10 / t, 20 / t, 60 / t}, r.values(), 1e-12);
    }

    @Test
    @DisplayName("normalize keeps missing cells missing and computes over the others")
    void missingStayMissing() {
        var r = Normalize.apply(new double[] {NaN, 2, 4, Double.POSITIVE_INFINITY}, 1, 4, Method.MINMAX, Over.ROWS);
        double[] v = r.values();
        assertTrue(Double.isNaN(v[0]) && Double.isNaN(v[3]));
        assertEquals(0, v[1]);
        assertEquals(1, v[2]);
    }

    @Test
    @DisplayName("normalize maps a degenerate slice to the middle (z 0, min–max 0.5, percent 0) and counts it")
    void degenerate() {
        double[] g = {5, 5, 5, 1, 2, 3, -1, 1, NaN};
        var z = Normalize.apply(g, 3, 3, Method.ZSCORE, Over.ROWS);
        assertArrayEquals(new double[] {0, 0, 0}, java.util.Arrays.copyOf(z.values(), 3), 0);
        assertEquals(1, z.degenerateSlices());
        var mm = Normalize.apply(g, 3, 3, Method.MINMAX, Over.ROWS);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, java.util.Arrays.copyOf(mm.values(), 3), 0);
        var pct = Normalize.apply(g, 3, 3, Method.PERCENT, Over.ROWS);
        assertEquals(0, pct.values()[6]);
        assertEquals(0, pct.values()[7]);
        assertEquals(1, pct.degenerateSlices()); // the -1, 1 row sums to 0
        var single = Normalize.apply(new double[] {7, NaN}, 1, 2, Method.ZSCORE, Over.ROWS);
        assertEquals(0, single.values()[0]);
        assertEquals(1, single.degenerateSlices());
    }

    @Test
    @DisplayName("normalize leaves its input untouched")
    void pure() {
        double[] g = GRID.clone();
        Normalize.apply(g, 2, 3, Method.ZSCORE, Over.ALL);
        assertArrayEquals(GRID, g, 0);
    }

    @Test
    @DisplayName("RobustDomain.of(values) equals NumPy's nanpercentile(values, [2, 98])")
    void robustEqualsNumpy() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/cluster/normalize.json")) {
            JsonNode cases = new ObjectMapper().readTree(in).get("robust");
            assertEquals(5, cases.size());
            for (JsonNode c : cases) {
                double[] v = new double[c.get("values").size()];
                for (int i = 0; i < v.length; i++) v[i] = c.get("values").get(i).isNull() ? NaN : c.get("values").get(i).asDouble();
                var d = RobustDomain.of(v).orElseThrow();
                assertEquals(c.get("p2").asDouble(), d.min(), 1e-12 * Math.max(1, Math.abs(d.min())), c.toString());
                assertEquals(c.get("p98").asDouble(), d.max(), 1e-12 * Math.max(1, Math.abs(d.max())), c.toString());
            }
        }
    }

    @Test
    @DisplayName("RobustDomain.of(values) is empty without a finite value")
    void robustEmpty() {
        assertTrue(RobustDomain.of(new double[] {NaN, Double.NEGATIVE_INFINITY}).isEmpty());
        assertTrue(RobustDomain.of(new double[0]).isEmpty());
    }
}
