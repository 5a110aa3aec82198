package dev.hmspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hmspec explain}: per view the SQL DuckDB ran, parameters apart from the SQL, and where each step ran. */
class ExplainCommandTest {
    static final String SPEC = """
            heatmap "Sales" {
              data "sales.csv"
              filter region != "it's north"
              aggregate sum(amount) as total by region, month
              correlate total, total as a, b, r
              x a
              y b
              color r
            }
            """;

    @Test
    void explainShowsThePushedDownSqlItsParametersAndTheStepsLeftToMemory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sales.csv"), "region,month,amount\nsouth,1,3\nnorth,2,4\nsouth,2,5\n");
        Files.writeString(dir.resolve("s.hmspec"), SPEC);
        CliTest.Run r = CliTest.run(dir, "explain", dir.resolve("s.hmspec").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("view Sales: steps filter, aggregate, correlate"), r.out());
        assertTrue(r.out().contains("[duckdb] query — steps filter, aggregate"), r.out());
        assertTrue(r.out().contains("IS DISTINCT FROM CAST(? AS VARCHAR)"), r.out());
        assertTrue(r.out().contains("= 'it''s north'"), "the parameter is listed with its value: " + r.out());
        assertTrue(r.out().contains("[memory] steps — steps correlate"), r.out());
        assertFalse(r.out().contains("region\" != 'it"), "values are never inlined in the SQL");
    }

    @Test
    void theMemoryEngineCanBeForced(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sales.csv"), "region,month,amount\nsouth,1,3\n");
        Files.writeString(dir.resolve("s.hmspec"), SPEC);
        CliTest.Run r = CliTest.run(dir, "explain", dir.resolve("s.hmspec").toString(), "--engine", "memory");
        assertFalse(r.out().contains("[duckdb]"), r.out());
        assertTrue(r.out().contains("[memory] read sales.csv"), r.out());
    }
}
