package dev.hmspec.data;

/** Numbers as a dense double array; NaN marks a missing value. */
public record NumberColumn(String name, double[] values) implements Column {
    public FieldType type() { return FieldType.NUMBER; }
    public int size() { return values.length; }
    public boolean isNull(int row) { return Double.isNaN(values[row]); }
    public Object get(int row) { return isNull(row) ? null : values[row]; }
    public double value(int row) { return values[row]; }
    public Column rename(String n) { return new NumberColumn(n, values); }
    public Column select(int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = values[rows[i]];
        return new NumberColumn(name, out);
    }
}
