package dev.hmspec;

import dev.hmspec.ast.DataOption;
import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.source.SourceFile;
import dev.hmspec.syntax.SpecParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code refresh} intervals of a spec's SQL sources (embed12b), read from its syntax alone:
 * {@code hmspec serve} re-queries on them, {@code explain} notes that static outputs ignore them.
 * Intervals the checker rejects (unknown unit, under 1 s, not SQL) are left out.
 */
public record SpecRefresh(List<Interval> intervals) {
    public SpecRefresh { intervals = List.copyOf(intervals); }

    /** View {@code view} (1-based, in file order) re-queries its SQL source every {@code every}. */
    public record Interval(int view, Duration every) {}

    public static SpecRefresh of(SourceFile file) {
        List<Interval> out = new ArrayList<>();
        List<View> views = SpecParser.parse(file).ast().views();
        for (int i = 0; i < views.size(); i++) {
            for (Statement.Data d : views.get(i).all(Statement.Data.class)) {
                if (!(d.source() instanceof DataSource.Sql)) continue;
                for (DataOption o : d.options()) {
                    if (!(o instanceof DataOption.Refresh r) || r.seconds().isEmpty() || r.seconds().getAsDouble() < 1) continue;
                    out.add(new Interval(i + 1, Duration.ofMillis(Math.round(r.seconds().getAsDouble() * 1000))));
                }
            }
        }
        return new SpecRefresh(out);
    }

    /** The shortest interval: a spec is compiled as a whole, so its views refresh together. */
    public Optional<Duration> shortest() {
        return intervals.stream().map(Interval::every).min(Duration::compareTo);
    }
}
