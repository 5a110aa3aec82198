package dev.hmspec.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.cluster.HierarchicalClustering.Options;
import dev.hmspec.diag.Severity;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MissingValuesTest {
    private static final double NaN = Double.NaN;

    @Test
    @DisplayName("Distances.compute compares rows on shared columns and scales Euclidean and cityblock like R's dist")
    void pairwiseComplete() {
        double[] grid = {1, NaN, 3, 2, 5, 1};
        assertEquals(Math.sqrt(5 * 3 / 2.0), Distances.compute(grid, 2, 3, Metric.EUCLIDEAN).condensed()[0], 1e-15);
        assertEquals(3 * 3 / 2.0, Distances.compute(grid, 2, 3, Metric.CITYBLOCK).condensed()[0], 1e-15);
        assertEquals(2, Distances.compute(grid, 2, 3, Metric.CHEBYSHEV).condensed()[0], 0);
        assertEquals(0, Distances.compute(grid, 2, 3, Metric.EUCLIDEAN).undefinedPairs());
    }

    @Test
    @DisplayName("Distances.compute gives a pair without shared columns the largest defined distance, and counts it")
    void undefinedPairs() {
        double[] grid = {NaN, 1, 0, 0, 1, NaN};
        Distances.Result r = Distances.compute(grid, 3, 2, Metric.EUCLIDEAN);
        // pairs: (0,1) shared col 1 → |1−0|·√2; (0,2) nothing shared; (1,2) shared col 0 → |0−1|·√2
        assertArrayEquals(new double[] {Math.sqrt(2), Math.sqrt(2), Math.sqrt(2)}, r.condensed(), 1e-15);
        assertEquals(1, r.undefinedPairs());
    }

    @Test
    @DisplayName("Distances.compute treats a constant row as undefined under correlation instead of dividing by zero")
    void constantRowCorrelation() {
        double[] grid = {0.1, 0.1, 0.1, 1, 2, 3, 3, 2, 1};
        Distances.Result r = Distances.compute(grid, 3, 3, Metric.CORRELATION);
        assertEquals(2, r.undefinedPairs());
        assertArrayEquals(new double[] {2, 2, 2}, r.condensed(), 1e-12); // (1,2) is perfectly anti-correlated
    }

    @Test
    @DisplayName("clusterRows places rows without values last, warns with HM402, and clusters the others")
    void emptyRowsLast() {
        double[] grid = {NaN, NaN, 0, 0, NaN, NaN, 5, 5, 0, 1};
        var r = HierarchicalClustering.clusterRows(grid, 5, 2, new Options(Linkage.AVERAGE, Metric.EUCLIDEAN, true));
        assertArrayEquals(new int[] {1, 3, 4}, r.members());
        assertEquals(List.of(0, 2), List.of(r.order()[3], r.order()[4]));
        assertEquals(List.of("HM402"), r.notes().stream().map(ClusterMessages.Note::code).toList());
        assertEquals(Severity.WARNING, r.notes().get(0).severity());
        assertTrue(r.notes().get(0).message().startsWith("2 rows have no values"), r.notes().get(0).message());
        assertEquals(3, r.tree().leafCount());
    }

    @Test
    @DisplayName("clusterRows of an all-missing grid gives the input order and an empty tree, never an exception")
    void allMissing() {
        var r = HierarchicalClustering.clusterRows(new double[] {NaN, NaN, NaN}, 3, 1,
                new Options(Linkage.WARD, Metric.CORRELATION, true));
        assertArrayEquals(new int[] {0, 1, 2}, r.order());
        assertEquals(0, r.tree().leafCount());
    }

    @Test
    @DisplayName("clusterColumns clusters the transposed grid")
    void columns() {
        double[] grid = {0, 10, 1, 0, 11, 1};
        var r = HierarchicalClustering.clusterColumns(grid, 2, 3, new Options(Linkage.SINGLE, Metric.EUCLIDEAN, false));
        assertArrayEquals(new int[] {1, 0, 2}, r.order()); // columns 0 and 2 merge first; the later cluster goes right
    }

    @Test
    @DisplayName("ClusterMessages suggest the nearest linkage and metric names")
    void didYouMean() {
        assertTrue(ClusterMessages.unknownLinkage("avrage").help().orElseThrow().contains("\"average\""));
        assertTrue(ClusterMessages.unknownMetric("manhatan").help().orElseThrow().contains("\"manhattan\""));
        assertEquals("HM404", ClusterMessages.nonEuclideanLinkage(Linkage.WARD, Metric.COSINE).code());
        assertTrue(Metric.byName("Manhattan").orElseThrow() == Metric.CITYBLOCK);
        assertTrue(FlatClusters.maxclust(HierarchicalClustering.linkage(new double[] {1}, 2, Linkage.SINGLE), 0).isEmpty());
    }
}
