package dev.hmspec.data;

/** Booleans as bytes: 1 true, 0 false, -1 missing. */
public record BooleanColumn(String name, byte[] values) implements Column {
    public FieldType type() { return FieldType.BOOLEAN; }
    public int size() { return values.length; }
    public boolean isNull(int row) { return values[row] < 0; }
    public Object get(int row) { return isNull(row) ? null : values[row] == 1; }
    public Column rename(String n) { return new BooleanColumn(n, values); }
    public Column select(int[] rows) {
        byte[] out = new byte[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = values[rows[i]];
        return new BooleanColumn(name, out);
    }
}
