package dev.hmspec.transform;

import dev.hmspec.data.BooleanColumn;
import dev.hmspec.data.Column;
import dev.hmspec.data.FieldType;
import dev.hmspec.data.NumberColumn;
import dev.hmspec.data.Numbers;
import dev.hmspec.data.StringColumn;
import dev.hmspec.data.TemporalColumn;
import dev.hmspec.data.Temporals;

/**
 * A type-checked expression, evaluated per row through a primitive accessor (no boxing on the
 * hot path). Nulls follow the columns: NaN, null, {@link TemporalColumn#NULL}, -1 for booleans.
 */
public sealed interface Compiled permits Compiled.Num, Compiled.Str, Compiled.Time, Compiled.Bool, Compiled.Null {
    interface DoubleAt { double at(int row); }
    interface StringAt { String at(int row); }
    interface LongAt { long at(int row); }
    /** 1 true, 0 false, -1 null. */
    interface ByteAt { int at(int row); }

    /** The result type; null only for the literal {@code null}. */
    FieldType type();

    boolean isNull(int row);

    /** The value as text (for string concatenation), or null. */
    String text(int row);

    /** Evaluates every row into a column. */
    Column column(String name, int rows);

    record Num(DoubleAt f) implements Compiled {
        public FieldType type() { return FieldType.NUMBER; }
        public boolean isNull(int r) { return Double.isNaN(f.at(r)); }
        public String text(int r) { double v = f.at(r); return Double.isNaN(v) ? null : Numbers.format(v); }
        public Column column(String name, int rows) {
            double[] out = new double[rows];
            for (int r = 0; r < rows; r++) out[r] = f.at(r);
            return new NumberColumn(name, out);
        }
    }

    record Str(StringAt f) implements Compiled {
        public FieldType type() { return FieldType.STRING; }
        public boolean isNull(int r) { return f.at(r) == null; }
        public String text(int r) { return f.at(r); }
        public Column column(String name, int rows) {
            String[] out = new String[rows];
            for (int r = 0; r < rows; r++) out[r] = f.at(r);
            return new StringColumn(name, out);
        }
    }

    record Time(LongAt f) implements Compiled {
        public FieldType type() { return FieldType.TEMPORAL; }
        public boolean isNull(int r) { return f.at(r) == TemporalColumn.NULL; }
        public String text(int r) { long v = f.at(r); return v == TemporalColumn.NULL ? null : Temporals.format(v); }
        public Column column(String name, int rows) {
            long[] out = new long[rows];
            for (int r = 0; r < rows; r++) out[r] = f.at(r);
            return new TemporalColumn(name, out);
        }
    }

    record Bool(ByteAt f) implements Compiled {
        public FieldType type() { return FieldType.BOOLEAN; }
        public boolean isNull(int r) { return f.at(r) < 0; }
        public String text(int r) { int v = f.at(r); return v < 0 ? null : v == 1 ? "true" : "false"; }
        public Column column(String name, int rows) {
            byte[] out = new byte[rows];
            for (int r = 0; r < rows; r++) out[r] = (byte) f.at(r);
            return new BooleanColumn(name, out);
        }
    }

    /** The literal null: fits anywhere; a derived column of it is an all-null number column. */
    record Null() implements Compiled {
        public FieldType type() { return null; }
        public boolean isNull(int r) { return true; }
        public String text(int r) { return null; }
        public Column column(String name, int rows) {
            double[] out = new double[rows];
            java.util.Arrays.fill(out, Double.NaN);
            return new NumberColumn(name, out);
        }
    }
}
