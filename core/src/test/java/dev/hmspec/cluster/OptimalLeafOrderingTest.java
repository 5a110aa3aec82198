package dev.hmspec.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OptimalLeafOrderingTest {
    @Test
    @DisplayName("OptimalLeafOrdering.order gives the same order for distances scaled far beyond SciPy's 2^30 sentinel")
    void hugeDistances() {
        JsonNode f = Fixtures.load("random");
        int n = f.get("rows").asInt();
        double[] y = Fixtures.doubles(f.get("distances").get("euclidean"));
        double[] big = Arrays.stream(y).map(v -> Math.scalb(v, 40)).toArray(); // exact: 2^40
        for (Linkage l : Linkage.values()) {
            Tree t = HierarchicalClustering.linkage(y, n, l);
            int[] expected = OptimalLeafOrdering.order(t, y).leaves();
            assertFalse(Arrays.equals(expected, t.leaves()), "the fixture must need flips, " + l);
            assertArrayEquals(expected, OptimalLeafOrdering.order(t, big).leaves(), l.specName());
        }
    }

    @Test
    @DisplayName("OptimalLeafOrdering.order returns trees of one or two leaves unchanged")
    void tiny() {
        Tree two = HierarchicalClustering.linkage(new double[] {3}, 2, Linkage.AVERAGE);
        assertArrayEquals(new int[] {0, 1}, OptimalLeafOrdering.order(two, new double[] {3}).leaves());
        Tree one = HierarchicalClustering.linkage(new double[0], 1, Linkage.AVERAGE);
        assertArrayEquals(new int[] {0}, OptimalLeafOrdering.order(one, new double[0]).leaves());
    }
}
