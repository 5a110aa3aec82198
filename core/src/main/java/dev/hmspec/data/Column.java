package dev.hmspec.data;

/**
 * One typed column. Nulls: NaN for numbers, {@link TemporalColumn#NULL} for instants,
 * null for strings and booleans. Columns are immutable once built.
 */
public sealed interface Column permits NumberColumn, StringColumn, TemporalColumn, BooleanColumn {
    String name();
    FieldType type();
    int size();
    boolean isNull(int row);
    /** Boxed value for generic code (Double, String, Long epoch millis, Boolean) or null. */
    Object get(int row);
    Column rename(String name);
    /** The rows at the given indices, in that order. */
    Column select(int[] rows);
}
