package dev.hmspec.transform;

import dev.hmspec.data.BooleanColumn;
import dev.hmspec.data.Column;
import dev.hmspec.data.NumberColumn;
import dev.hmspec.data.StringColumn;
import dev.hmspec.data.TemporalColumn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows → group ids in first-seen order over the key columns (null is a group of its own).
 * Each key column is first coded to small ints, then codes are combined pairwise, so no
 * composite key objects are built per row.
 */
record Grouping(int[] groupOf, int groups, int[] firstRow) {

    static Grouping of(List<Column> keys, int rows) {
        int[] gid = new int[rows];
        int groups = rows == 0 && !keys.isEmpty() ? 0 : 1;
        for (Column key : keys) {
            int[] code = new int[rows];
            int card = codes(key, code);
            Map<Long, Integer> combined = new HashMap<>();
            for (int r = 0; r < rows; r++) {
                long k = (long) gid[r] * card + code[r];
                Integer g = combined.get(k);
                if (g == null) combined.put(k, g = combined.size());
                gid[r] = g;
            }
            groups = combined.size();
        }
        int[] first = new int[groups];
        java.util.Arrays.fill(first, -1);
        for (int r = rows - 1; r >= 0; r--) first[gid[r]] = r;
        return new Grouping(gid, groups, first);
    }

    /** Codes in first-seen order; returns the number of distinct values. */
    private static int codes(Column c, int[] out) {
        Map<Object, Integer> dict = new HashMap<>();
        for (int r = 0; r < out.length; r++) {
            Object k;
            if (c instanceof NumberColumn n) k = Double.doubleToLongBits(n.values()[r]); // one bit pattern for NaN
            else if (c instanceof TemporalColumn t) k = t.values()[r];
            else if (c instanceof StringColumn s) k = s.values()[r];
            else k = ((BooleanColumn) c).values()[r];
            Integer code = dict.get(k);
            if (code == null) dict.put(k, code = dict.size());
            out[r] = code;
        }
        return Math.max(1, dict.size());
    }
}
