package dev.hmspec.transform;

import static dev.hmspec.ast.Expr.BinaryOp.*;
import static dev.hmspec.transform.Ast.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.Expr;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.Transform;
import dev.hmspec.data.*;
import dev.hmspec.source.Span;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.Statement;
import dev.hmspec.plan.Plan;
import dev.hmspec.source.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipelineTest {
    static Table iris() {
        try {
            Path dir = Path.of(PipelineTest.class.getResource("/data").toURI());
            return DataReader.read(new Statement.Data(new DataSource.File("iris.csv", Span.NONE), List.of(), Span.NONE), dir, dir).value();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Table small() {
        return Table.of(List.of(
                new StringColumn("g", new String[] {"a", "b", "a", null, "b"}),
                new NumberColumn("x", new double[] {1, 2, 3, Double.NaN, 10}),
                new NumberColumn("y", new double[] {2, 4, 7, 1, 20}),
                new TemporalColumn("t", new long[] {1420074000000L, 1420160400000L, TemporalColumn.NULL, 0, 1420502400000L})));
    }

    static Result<Table> run(Table t, Transform... steps) { return Pipeline.run(t, List.of(steps), "data/small.csv"); }

    static Table ok(Table t, Transform... steps) {
        Result<Table> r = run(t, steps);
        assertTrue(r.ok(), () -> r.problems().toString());
        return r.value();
    }

    static double[] nums(Table t, String f) { return ((NumberColumn) t.column(f)).values(); }

    @Test
    void correlateGivesPearsonOfIrisSepalAndPetalLength() {
        Table t = ok(iris(), correlate("sepal_length", "petal_length", "sepal_width"));
        assertEquals(9, t.rowCount());
        assertEquals(List.of("a", "b", "r"), t.columnNames());
        assertEquals(1.0, nums(t, "r")[0]);
        assertEquals(0.8717538, nums(t, "r")[1], 1e-7);
        assertEquals(nums(t, "r")[1], nums(t, "r")[3]);
        assertEquals(List.of("sepal_length", "petal_length"), List.of(t.column("a").get(1), t.column("b").get(1)));
    }

    @Test
    void correlateUsesPairwiseCompleteRowsAndRefusesText() {
        Table t = ok(small(), correlate("x", "y"));
        assertEquals(0.9981431, nums(t, "r")[1], 1e-6); // x,y without the row where x is null
        Result<Table> bad = run(small(), correlate("x", "g"));
        assertEquals("correlate needs a numeric field, but \"g\" is string", bad.problems().get(0).message());
        assertEquals("HM244", bad.problems().get(0).code());
    }

    @Test
    void aggregateGroupsInFirstSeenOrderAndSkipsNullsLikeVegaLite() {
        Table t = ok(small(), aggregate(List.of(op("count", null, "n"), op("sum", "x", "s"), op("mean", "x", "m"),
                op("distinct", "y", "d"), op("max", "t", "last")), "g"));
        assertEquals(Arrays.asList("a", "b", null), Arrays.asList(((StringColumn) t.column("g")).values()));
        assertArrayEquals(new double[] {2, 2, 1}, nums(t, "n"));
        assertArrayEquals(new double[] {4, 12, 0}, nums(t, "s"));
        assertEquals(2.0, nums(t, "m")[0]);
        assertTrue(Double.isNaN(nums(t, "m")[2]));
        assertEquals(FieldType.TEMPORAL, t.column("last").type());
        assertEquals(1420502400000L, t.column("last").get(1));
    }

    @Test
    void aggregateComputesIrisStatistics() {
        Table t = ok(iris(), aggregate(List.of(op("median", "sepal_length", "med"), op("q1", "sepal_length", "q1"),
                op("q3", "sepal_length", "q3"), op("stdev", "sepal_length", "sd"), op("min", "sepal_length", "lo"),
                op("count", null, "n"))));
        assertEquals(1, t.rowCount());
        assertEquals(5.8, nums(t, "med")[0], 1e-12);
        assertEquals(5.1, nums(t, "q1")[0], 1e-12);
        assertEquals(6.4, nums(t, "q3")[0], 1e-12);
        assertEquals(0.828066127977863, nums(t, "sd")[0], 1e-12);
        assertEquals(4.3, nums(t, "lo")[0]);
        assertEquals(150, nums(t, "n")[0]);
        Table bySpecies = ok(iris(), aggregate(List.of(op("count", null, "n")), "species"));
        assertEquals(List.of("setosa", "versicolor", "virginica"), Arrays.asList(((StringColumn) bySpecies.column("species")).values()));
    }

    @Test
    void aggregateSuggestsUnknownOpsAndFieldsAndKeepsGoing() {
        Result<Table> r = run(iris(), aggregate(List.of(op("meen", "sepal_length", "m"), op("sum", "sepal_lenght", "s")), "species"));
        assertEquals(2, r.problems().size());
        assertEquals("unknown aggregate \"meen\"", r.problems().get(0).message());
        assertEquals(Optional.of("did you mean \"mean\"?"), r.problems().get(0).help());
        assertEquals("unknown field \"sepal_lenght\" in data data/small.csv", r.problems().get(1).message());
        assertEquals(Optional.of("did you mean \"sepal_length\" or \"petal_length\"?"), r.problems().get(1).help());
        assertNull(r.value());
    }

    @Test
    void binChoosesANiceStepLikeVega() {
        Table t = ok(iris(), bin("sepal_length", null, null, "b"));
        // extent 4.3..7.9, maxbins 10 → step 0.5, bins from 4.0
        assertEquals(4.0, nums(t, "b")[13], 1e-12); // 4.3
        assertEquals(4.5, nums(t, "b_end")[13], 1e-12);
        assertEquals(7.5, Arrays.stream(nums(t, "b")).max().getAsDouble(), 1e-12);
        assertEquals(new Binner.Bins(0, 100, 10), Binner.bins(0, 100, 10, 0)); // the maximum goes in the last bin
        assertEquals(5.0, Binner.bins(0, 100, 20, 0).step());
        assertEquals(new Binner.Bins(-5, 25, 5), Binner.bins(-3, 21, 10, 0));
        assertEquals(2.0, Binner.bins(0, 100, 10, 2).step());
        Table last = ok(Table.of(List.of(new NumberColumn("v", new double[] {0, 50, 100, Double.NaN}))), bin("v", null, null, "b"));
        assertArrayEquals(new double[] {0, 50, 90, Double.NaN}, nums(last, "b"));
    }

    @Test
    void binRefusesTextAndNonPositiveParameters() {
        assertEquals("bin needs a numeric field, but \"species\" is string", run(iris(), bin("species", null, null, "b")).problems().get(0).message());
        assertEquals("bin step must be positive, found 0", run(iris(), bin("sepal_length", null, 0.0, "b")).problems().get(0).message());
    }

    @Test
    void foldTurnsFieldsIntoKeyValueRows() {
        Table t = ok(small(), fold(List.of("x", "y"), "k", "v"));
        assertEquals(10, t.rowCount());
        assertEquals(List.of("g", "t", "k", "v"), t.columnNames());
        assertEquals(List.of("a", "y", 2.0), List.of(t.column("g").get(1), t.column("k").get(1), t.column("v").get(1)));
        assertEquals("fold needs fields of one type, but \"x\" is number and \"g\" is string",
                run(small(), fold(List.of("x", "g"), "k", "v")).problems().get(0).message());
    }

    @Test
    void pivotSpreadsKeysIntoColumnsPerGroup() {
        Table longForm = ok(small(), fold(List.of("x", "y"), "k", "v"));
        Table t = ok(longForm, pivot("k", "v", List.of("g"), null));
        assertEquals(List.of("g", "x", "y"), t.columnNames());
        assertArrayEquals(new double[] {4, 12, 0}, nums(t, "x")); // the null group has a row whose x is null: sum 0
        assertArrayEquals(new double[] {9, 24, 1}, nums(t, "y"));
        Table counts = ok(longForm, pivot("k", "v", List.of("g"), "count"));
        assertArrayEquals(new double[] {2, 2, 1}, nums(counts, "x"));
        Result<Table> bad = run(longForm, pivot("k", "v", List.of("g"), "summ"));
        assertEquals(Optional.of("did you mean \"sum\"?"), bad.problems().get(0).help());
    }

    @Test
    void filterKeepsTrueRowsAndNullCountsAsFalse() {
        Table t = ok(small(), filter(bin(GT, field("x"), num(1))));
        assertArrayEquals(new double[] {2, 3, 10}, nums(t, "x"));
        Table notNull = ok(small(), filter(bin(NE, field("g"), nul())));
        assertEquals(4, notNull.rowCount());
    }

    @Test
    void filterThatRemovesEverythingIsAnErrorNamingTheFilter() {
        Transform f = filter(bin(GT, field("x"), num(100)));
        Result<Table> r = run(small(), f);
        assertEquals("this filter removes all 5 rows of data data/small.csv", r.problems().get(0).message());
        assertEquals("HM241", r.problems().get(0).code());
        assertEquals(f.span(), r.problems().get(0).span());
    }

    @Test
    void pipelineReportsEveryProblemAndDoesNotRepeatAFailedDerive() {
        Expr badCall = call("hourz", field("t"));
        Result<Table> r = run(small(),
                derive("h", badCall),
                filter(bin(GT, field("h"), num(3))),
                filter(bin(GT, field("xx"), num(1))),
                aggregate(List.of(op("count", null, "n")), "h"));
        assertEquals(List.of("HM236", "HM235"), r.problems().stream().map(Problem::code).toList(), r.problems().toString());
        assertEquals("unknown function \"hourz\"", r.problems().get(0).message());
        assertEquals(Optional.of("did you mean \"hours\"?"), r.problems().get(0).help());
        assertEquals(((Expr.Call) badCall).function().span(), r.problems().get(0).span());
        assertEquals(Optional.of("did you mean \"x\"?"), r.problems().get(1).help());
    }

    @Test
    void deriveColumnsCanUseTheOnesBeforeThem() {
        Table t = ok(small(), derive("h", call("hours", field("t"))), derive("h2", bin(MUL, field("h"), num(2))));
        assertArrayEquals(new double[] {2, 2, Double.NaN, 0, 0}, nums(t, "h2"));
    }

    @Test
    void engineRunsAPrefixElsewhereAndTheRestInMemory() {
        // An engine that reads the source and runs only the filter: the pipeline runs the aggregate.
        Engine firstOnly = new Engine() {
            public String name() { return "first-only"; }
            public boolean scans(Plan plan) { return true; }
            public Result<Partial> run(Plan plan, Trace trace) {
                Result<Table> t = InMemoryEngine.runSteps(small(), plan.steps().subList(0, 1), plan.dataName());
                return Result.of(new Partial(t.value(), 1), t.problems());
            }
        };
        Statement.Data data = new Statement.Data(new DataSource.Inline(List.of(), new Span(0, 0)), List.of(), new Span(0, 0));
        Plan plan = new Plan(data, List.of(filter(bin(GT, field("x"), num(1))), aggregate(List.of(op("count", null, "n")))),
                Path.of("."), null, "d");
        Trace trace = Trace.collecting();
        Result<Table> r = Pipeline.run(plan, List.of(firstOnly), trace);
        assertEquals(3.0, r.value().column("n").get(0));
        assertEquals(List.of("aggregate"), trace.entries().get(0).steps(), "the rest ran in memory");
        assertEquals("memory", trace.entries().get(0).engine());
    }
}
