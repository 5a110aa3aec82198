package dev.hmspec.resolve;

import java.util.List;

/**
 * How a band axis orders its categories: by default (numbers, dates and calendar names in
 * natural order, other text as first seen), by value either way, naturally, by another field's
 * aggregate over the other axis ({@code sort by mean(value) descending}), or in an explicit list
 * (values not listed follow in natural order).
 *
 * @param descending for {@link Kind#BY_FIELD}: largest aggregate first
 * @param field      for {@link Kind#BY_FIELD}: the field aggregated
 * @param aggregate  for {@link Kind#BY_FIELD}: the aggregate's name, {@code sum} unless the spec names one
 * @param values     for {@link Kind#EXPLICIT}: the listed values, as written
 */
public record ResolvedSort(Kind kind, boolean descending, String field, String aggregate, List<Object> values) {
    public enum Kind { DEFAULT, ASCENDING, DESCENDING, NATURAL, BY_FIELD, EXPLICIT }

    public static final ResolvedSort DEFAULT = of(Kind.DEFAULT);

    public ResolvedSort { values = List.copyOf(values); }

    public static ResolvedSort of(Kind kind) { return new ResolvedSort(kind, false, "", "", List.of()); }

    public static ResolvedSort byField(String field, boolean descending, String aggregate) {
        return new ResolvedSort(Kind.BY_FIELD, descending, field, aggregate, List.of());
    }

    public static ResolvedSort explicit(List<Object> values) {
        return new ResolvedSort(Kind.EXPLICIT, false, "", "", values);
    }
}
