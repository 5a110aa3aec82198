package dev.hmspec.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NnChainTest {
    @Test
    @DisplayName("NnChain.run gives the same tree from the square working copy and from the condensed one (used above 8,192 rows)")
    void bothLayoutsAgree() {
        int checked = 0;
        for (String name : Fixtures.CASES) {
            JsonNode f = Fixtures.load(name);
            int n = f.get("rows").asInt();
            for (Metric m : Metric.values()) {
                double[] y = Fixtures.doubles(f.get("distances").get(m.specName()));
                for (Linkage l : new Linkage[] {Linkage.COMPLETE, Linkage.AVERAGE, Linkage.WEIGHTED, Linkage.WARD}) {
                    assertEquals(NnChain.run(y, n, l, true), NnChain.run(y, n, l, false), name + " " + l + " " + m);
                    checked++;
                }
            }
        }
        assertEquals(6 * 5 * 4, checked);
    }
}
