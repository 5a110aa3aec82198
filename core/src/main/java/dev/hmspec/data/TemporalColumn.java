package dev.hmspec.data;

/** Instants as epoch milliseconds (UTC); {@link #NULL} marks a missing value. */
public record TemporalColumn(String name, long[] values) implements Column {
    public static final long NULL = Long.MIN_VALUE;

    public FieldType type() { return FieldType.TEMPORAL; }
    public int size() { return values.length; }
    public boolean isNull(int row) { return values[row] == NULL; }
    public Object get(int row) { return isNull(row) ? null : values[row]; }
    public long value(int row) { return values[row]; }
    public Column rename(String n) { return new TemporalColumn(n, values); }
    public Column select(int[] rows) {
        long[] out = new long[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = values[rows[i]];
        return new TemporalColumn(name, out);
    }
}
