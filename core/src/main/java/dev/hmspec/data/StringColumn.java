package dev.hmspec.data;

public record StringColumn(String name, String[] values) implements Column {
    public FieldType type() { return FieldType.STRING; }
    public int size() { return values.length; }
    public boolean isNull(int row) { return values[row] == null; }
    public Object get(int row) { return values[row]; }
    public String value(int row) { return values[row]; }
    public Column rename(String n) { return new StringColumn(n, values); }
    public Column select(int[] rows) {
        String[] out = new String[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = values[rows[i]];
        return new StringColumn(name, out);
    }
}
