package dev.hmspec.data;

import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.Name;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.Transform;
import dev.hmspec.source.Span;
import dev.hmspec.transform.Pipeline;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Not a test (Surefire runs *Test classes only): reads flights-200k.json, bins delay and distance,
 * counts by both; 5 warm-up + 10 measured runs, prints the median milliseconds of each stage.
 * Run from core/ after {@code mvn -q -pl core test-compile}, with the Jackson jars on the class path:
 * {@code java -cp "target/classes:target/test-classes:$J/jackson-core-2.23.0.jar:$J/jackson-databind-2.23.0.jar:...csv..."
 * dev.hmspec.data.LoadBenchmark /work/shared/data/flights-200k.json}
 */
public final class LoadBenchmark {
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "/work/shared/data/flights-200k.json").toAbsolutePath();
        Statement.Data stmt = new Statement.Data(new DataSource.File(file.getFileName().toString(), Span.NONE), List.of(), Span.NONE);
        List<Transform> bins = List.of(bin("delay", "delay_bin"), bin("distance", "distance_bin"));
        List<Transform> agg = List.of(new Transform.Aggregate(
                List.of(new Transform.AggregateOp(n("count"), Optional.empty(), n("flights"), Span.NONE)),
                List.of(n("delay_bin"), n("distance_bin")), Span.NONE));
        int runs = 15, warm = 5;
        double[] read = new double[runs - warm], bin = new double[runs - warm], aggregate = new double[runs - warm];
        int rows = 0, groups = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Result<Table> r = DataReader.read(stmt, file.getParent(), null);
            long t1 = System.nanoTime();
            Result<Table> b = Pipeline.run(r.value(), bins, "flights");
            long t2 = System.nanoTime();
            Result<Table> a = Pipeline.run(b.value(), agg, "flights");
            long t3 = System.nanoTime();
            rows = r.value().rowCount();
            groups = a.value().rowCount();
            if (i >= warm) {
                read[i - warm] = (t1 - t0) / 1e6;
                bin[i - warm] = (t2 - t1) / 1e6;
                aggregate[i - warm] = (t3 - t2) / 1e6;
            }
        }
        System.out.printf(java.util.Locale.ROOT, "%d rows, %d groups; median ms: read %.1f, bin %.1f, aggregate %.1f%n",
                rows, groups, median(read), median(bin), median(aggregate));
    }

    private static Transform bin(String field, String as) {
        return new Transform.Bin(n(field), OptionalInt.empty(), OptionalDouble.empty(), n(as), Span.NONE);
    }

    private static Name n(String s) { return new Name(s, Span.NONE); }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return (s[(s.length - 1) / 2] + s[s.length / 2]) / 2;
    }
}
