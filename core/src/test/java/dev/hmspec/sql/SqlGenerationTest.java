package dev.hmspec.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.ast.Transform;
import dev.hmspec.data.FieldType;
import dev.hmspec.source.SourceFile;
import dev.hmspec.syntax.SpecParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SQL per dialect: identifiers quoted, every spec value a bound parameter, unfaithful steps left to memory. */
class SqlGenerationTest {
    static final Relation BASE = new Relation("SELECT * FROM src", List.of(), List.of(
            new SqlColumn("name", FieldType.STRING), new SqlColumn("v", FieldType.NUMBER),
            new SqlColumn("t", FieldType.TEMPORAL), new SqlColumn("we\"ird; drop", FieldType.NUMBER)));

    static List<Transform> steps(String lines) {
        String text = "heatmap \"h\" {\n data values [{\"a\": 1}]\n" + lines + "\n x a\n y a\n color a\n}\n";
        return SpecParser.parse(SourceFile.of("t.hmspec", text)).ast().views().get(0).transforms();
    }

    static Relation translate(Dialect d, String line) throws Exception {
        StepSql s = new StepSql(d, (rel, col) -> new Double[] {0.0, 100.0});
        return s.translate(BASE, steps(line).get(0));
    }

    @Test
    void stringLiteralsAreBoundParametersNeverSqlText() throws Exception {
        String hostile = "x'); DROP TABLE users; --";
        Relation r = translate(Dialect.POSTGRES, "filter name == \"" + hostile.replace("\"", "") + "\"");
        assertFalse(r.sql().contains("DROP"), r.sql());
        assertEquals(List.of(hostile), r.params());
        assertTrue(r.sql().contains("IS NOT DISTINCT FROM CAST(? AS VARCHAR)"), r.sql());
    }

    @Test
    void hostileIdentifiersAreQuotedWithTheirQuotesDoubled() throws Exception {
        Relation r = translate(Dialect.DUCKDB, "derive w = `we\"ird; drop` + 1");
        assertTrue(r.sql().contains("t.\"we\"\"ird; drop\""), r.sql());
        assertEquals(List.of(1.0), r.params());
    }

    @Test
    void comparingWithNullIsAnIsNullTest() throws Exception {
        assertTrue(translate(Dialect.ANSI, "filter v != null").sql().endsWith("WHERE (t.\"v\" IS NOT NULL)"));
    }

    @Test
    void weekdayNamesAreSpelledPerDialectAndStayInMemoryForAnsi() throws Exception {
        assertTrue(translate(Dialect.DUCKDB, "derive d = weekday(t)").sql().contains("strftime(t.\"t\", '%a')"));
        assertTrue(translate(Dialect.POSTGRES, "derive d = weekday(t)").sql().contains("to_char(t.\"t\", 'Dy')"));
        assertNull(translate(Dialect.ANSI, "derive d = weekday(t)"));
    }

    @Test
    void stringOrderUsesCodeUnitCollationOnPostgres() throws Exception {
        assertTrue(translate(Dialect.POSTGRES, "filter name < \"m\"").sql().contains("COLLATE \"C\""));
        assertNull(translate(Dialect.ANSI, "filter name < \"m\""), "no portable binary collation: runs in memory");
    }

    @Test
    void medianIsAnOrderedSetAggregateOnPostgresAndQuantileContOnDuckDb() throws Exception {
        assertTrue(translate(Dialect.POSTGRES, "aggregate median(v) as m by name").sql()
                .contains("percentile_cont(0.5) WITHIN GROUP (ORDER BY t.\"v\")"));
        assertTrue(translate(Dialect.DUCKDB, "aggregate median(v) as m by name").sql().contains("quantile_cont(t.\"v\", 0.5)"));
    }

    @Test
    void aggregatesKeepTheFirstSeenRowForOrder() throws Exception {
        Relation r = translate(Dialect.ANSI, "aggregate count() as n, sum(v) as s by name");
        assertTrue(r.sql().contains("MIN(t." + Relation.ROW + ") AS " + Relation.ROW), r.sql());
        assertTrue(r.sql().contains("COALESCE(SUM(t.\"v\"), 0)"), "the sum of nothing is 0: " + r.sql());
        assertEquals(List.of("name", "n", "s"), r.names());
    }

    @Test
    void binEdgesAreComputedInJavaAndBound() throws Exception {
        Relation r = translate(Dialect.DUCKDB, "bin v maxbins 10 as b");
        assertEquals(List.of("name", "v", "t", "we\"ird; drop", "b", "b_end"), r.names());
        assertTrue(r.params().contains(10.0), "step 10 for [0, 100] in 10 bins: " + r.params());
    }

    @Test
    void stepsWithoutAFaithfulSqlFormStayInMemory() throws Exception {
        assertNull(translate(Dialect.DUCKDB, "derive s = sqrt(v)"), "sqrt(-1) is NaN in memory, an error in PostgreSQL");
        assertNull(translate(Dialect.DUCKDB, "filter nosuchfield > 1"), "memory reports the unknown field with did-you-mean");
        assertNull(translate(Dialect.DUCKDB, "correlate v, v as a, b, r"));
    }
}
