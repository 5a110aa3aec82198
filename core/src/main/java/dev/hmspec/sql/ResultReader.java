package dev.hmspec.sql;

import dev.hmspec.data.BooleanColumn;
import dev.hmspec.data.Column;
import dev.hmspec.data.NumberColumn;
import dev.hmspec.data.StringColumn;
import dev.hmspec.data.Table;
import dev.hmspec.data.TemporalColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * A result set → a {@link Table} of primitive columns, row by row without boxing: doubles (NaN for
 * null), epoch milliseconds, bytes for booleans, and strings where equal values share one instance
 * (a category repeated a million times costs one string). Temporal columns arrive as epoch
 * milliseconds when the dialect can say so, else as timestamps read in UTC.
 */
public final class ResultReader {
    private ResultReader() {}

    public static Table read(ResultSet rs, List<SqlColumn> columns, boolean millis) throws SQLException {
        return read(rs, columns, millis, new String[columns.size()][]);
    }

    /**
     * As {@link #read(ResultSet, List, boolean)}, but a text column with a dictionary ({@code dicts[i]}
     * non-null) arrives as integer codes into it (null for a missing value): JDBC drivers pay per
     * string crossed, a getInt is a fraction of that, and each value then is the dictionary's instance.
     */
    public static Table read(ResultSet rs, List<SqlColumn> columns, boolean millis, String[][] dicts) throws SQLException {
        return read(rs, columns, millis, dicts, 0);
    }

    /**
     * With the row count known ({@code expectedRows}, 0 if not), the arrays are allocated once: doubling
     * them held three times the final size at its peak, which 10⁷ rows under a 512 MB heap did not survive.
     */
    public static Table read(ResultSet rs, List<SqlColumn> columns, boolean millis, String[][] dicts, int expectedRows)
            throws SQLException {
        int n = columns.size(), cap = Math.max(1024, expectedRows), rows = 0;
        double[][] nums = new double[n][];
        long[][] times = new long[n][];
        byte[][] bools = new byte[n][];
        String[][] strs = new String[n][];
        List<Map<String, String>> seen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            seen.add(new HashMap<>());
            switch (columns.get(i).type()) {
                case NUMBER -> nums[i] = new double[cap];
                case TEMPORAL -> times[i] = new long[cap];
                case BOOLEAN -> bools[i] = new byte[cap];
                default -> strs[i] = new String[cap];
            }
        }
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        while (rs.next()) {
            if (rows == cap) {
                cap = (int) Math.min(Integer.MAX_VALUE - 8, cap * 2L);
                for (int i = 0; i < n; i++) {
                    if (nums[i] != null) nums[i] = Arrays.copyOf(nums[i], cap);
                    if (times[i] != null) times[i] = Arrays.copyOf(times[i], cap);
                    if (bools[i] != null) bools[i] = Arrays.copyOf(bools[i], cap);
                    if (strs[i] != null) strs[i] = Arrays.copyOf(strs[i], cap);
                }
            }
            for (int i = 0; i < n; i++) {
                int c = i + 1;
                if (nums[i] != null) {
                    double v = rs.getDouble(c);
                    nums[i][rows] = rs.wasNull() ? Double.NaN : v;
                } else if (times[i] != null) {
                    if (millis) {
                        long v = rs.getLong(c);
                        times[i][rows] = rs.wasNull() ? TemporalColumn.NULL : v;
                    } else {
                        Timestamp ts = rs.getTimestamp(c, utc);
                        times[i][rows] = ts == null ? TemporalColumn.NULL : ts.getTime();
                    }
                } else if (bools[i] != null) {
                    boolean v = rs.getBoolean(c);
                    bools[i][rows] = rs.wasNull() ? -1 : (byte) (v ? 1 : 0);
                } else if (dicts[i] != null) {
                    int code = rs.getInt(c);
                    strs[i][rows] = rs.wasNull() ? null : dicts[i][code];
                } else {
                    String s = rs.getString(c);
                    strs[i][rows] = s == null ? null : seen.get(i).computeIfAbsent(s, k -> k);
                }
            }
            rows++;
        }
        List<Column> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = columns.get(i).name();
            if (nums[i] != null) out.add(new NumberColumn(name, fit(nums[i], rows)));
            else if (times[i] != null) out.add(new TemporalColumn(name, fit(times[i], rows)));
            else if (bools[i] != null) out.add(new BooleanColumn(name, fit(bools[i], rows)));
            else out.add(new StringColumn(name, fit(strs[i], rows)));
        }
        return new Table(out, rows);
    }

    // An array already of the right size is kept: a copy would double the peak for 10⁷ rows.
    private static double[] fit(double[] a, int n) { return a.length == n ? a : Arrays.copyOf(a, n); }
    private static long[] fit(long[] a, int n) { return a.length == n ? a : Arrays.copyOf(a, n); }
    private static byte[] fit(byte[] a, int n) { return a.length == n ? a : Arrays.copyOf(a, n); }
    private static String[] fit(String[] a, int n) { return a.length == n ? a : Arrays.copyOf(a, n); }
}
