package dev.hmspec.ast;

import dev.hmspec.source.Span;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Data transforms, in spec order. Each is a pure description, so an engine may run it
 * in memory or translate a prefix of them to SQL (filter, derive, aggregate, bin push down).
 */
public sealed interface Transform extends Statement permits Transform.Filter, Transform.Derive,
        Transform.Aggregate, Transform.Bin, Transform.Correlate, Transform.Fold, Transform.Pivot {

    /** Keep rows where the condition is true (null counts as false). */
    record Filter(Expr condition, Span span) implements Transform {}

    /** {@code derive hour = hours(time), ...}: new columns, each may use the ones before it. */
    record Derive(List<Assignment> assignments, Span span) implements Transform {
        public Derive { assignments = List.copyOf(assignments); }
    }

    record Assignment(Name target, Expr value, Span span) {}

    /** {@code aggregate count() as n, mean(x) as m by a, b}; with no {@code by}, one row. */
    record Aggregate(List<AggregateOp> ops, List<Name> groupBy, Span span) implements Transform {
        public Aggregate { ops = List.copyOf(ops); groupBy = List.copyOf(groupBy); }
    }

    /** {@code count()}, {@code sum(x)}, ... {@code as name}. Field is empty only for count. */
    record AggregateOp(Name function, Optional<Name> field, Name as, Span span) {}

    /**
     * {@code bin rating maxbins 20 as rating_bin}: the output column holds each row's bin start
     * (nice step, like d3.bin/Vega-Lite); {@code step} fixes the width instead.
     */
    record Bin(Name field, OptionalInt maxbins, OptionalDouble step, Name as, Span span) implements Transform {}

    /**
     * {@code correlate a, b, c as row, col, r}: replaces the table with the Pearson
     * correlation matrix of the listed numeric fields, in long form (k × k rows).
     */
    record Correlate(List<Name> fields, Name rowName, Name columnName, Name valueName, Span span) implements Transform {
        public Correlate { fields = List.copyOf(fields); }
    }

    /** {@code fold a, b, c as key, value}: wide to long; other columns are repeated. */
    record Fold(List<Name> fields, Name keyName, Name valueName, Span span) implements Transform {
        public Fold { fields = List.copyOf(fields); }
    }

    /**
     * {@code pivot key value amount by group op sum}: long to wide; one column per distinct key,
     * one row per group; cells combined with the op (default sum... first for strings).
     */
    record Pivot(Name key, Name value, List<Name> groupBy, Optional<Name> op, Span span) implements Transform {
        public Pivot { groupBy = List.copyOf(groupBy); }
    }
}
