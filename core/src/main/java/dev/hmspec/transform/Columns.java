package dev.hmspec.transform;

import dev.hmspec.data.BooleanColumn;
import dev.hmspec.data.Column;
import dev.hmspec.data.FieldType;
import dev.hmspec.data.NumberColumn;
import dev.hmspec.data.StringColumn;
import dev.hmspec.data.TemporalColumn;

/** Builds a typed column from boxed values (as {@link Column#get} returns them). */
final class Columns {
    private Columns() {}

    static Column of(String name, FieldType type, Object[] v) {
        if (type == FieldType.STRING) {
            String[] s = new String[v.length];
            for (int i = 0; i < v.length; i++) s[i] = (String) v[i];
            return new StringColumn(name, s);
        }
        if (type == FieldType.TEMPORAL) {
            long[] t = new long[v.length];
            for (int i = 0; i < v.length; i++) t[i] = v[i] == null ? TemporalColumn.NULL : (Long) v[i];
            return new TemporalColumn(name, t);
        }
        if (type == FieldType.BOOLEAN) {
            byte[] b = new byte[v.length];
            for (int i = 0; i < v.length; i++) b[i] = (byte) (v[i] == null ? -1 : (Boolean) v[i] ? 1 : 0);
            return new BooleanColumn(name, b);
        }
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) d[i] = v[i] == null ? Double.NaN : (Double) v[i];
        return new NumberColumn(name, d);
    }
}
