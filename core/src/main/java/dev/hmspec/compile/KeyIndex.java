package dev.hmspec.compile;

import dev.hmspec.data.Column;
import dev.hmspec.data.NumberColumn;
import dev.hmspec.data.StringColumn;
import dev.hmspec.data.TemporalColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A column as dictionary codes: its distinct non-null values in first-seen order (boxed once
 * each: the dictionary is as small as the axis) and, per row, the value's index in it or -1 for
 * null. Numbers and instants are hashed as primitive bits, so a 10-million-row column costs no
 * object per row; equality is that of their boxes ({@code Double.equals}: -0.0 ≠ 0.0, as before).
 */
record KeyIndex(List<Object> keys, int[] codes) {

    static KeyIndex of(Column c) {
        if (c instanceof NumberColumn n) return numbers(n.values());
        if (c instanceof TemporalColumn t) return instants(t.values());
        if (c instanceof StringColumn s) return strings(s.values());
        return generic(c);
    }

    private static KeyIndex numbers(double[] v) {
        LongCodes map = new LongCodes();
        List<Object> keys = new ArrayList<>();
        int[] codes = new int[v.length];
        for (int r = 0; r < v.length; r++) {
            double d = v[r];
            if (Double.isNaN(d)) { codes[r] = -1; continue; }
            int k = map.codeOf(Double.doubleToLongBits(d), keys.size());
            if (k == keys.size()) keys.add(d);
            codes[r] = k;
        }
        return new KeyIndex(keys, codes);
    }

    private static KeyIndex instants(long[] v) {
        LongCodes map = new LongCodes();
        List<Object> keys = new ArrayList<>();
        int[] codes = new int[v.length];
        for (int r = 0; r < v.length; r++) {
            if (v[r] == TemporalColumn.NULL) { codes[r] = -1; continue; }
            int k = map.codeOf(v[r], keys.size());
            if (k == keys.size()) keys.add(v[r]);
            codes[r] = k;
        }
        return new KeyIndex(keys, codes);
    }

    private static KeyIndex strings(String[] v) {
        Map<String, Integer> map = new HashMap<>();
        List<Object> keys = new ArrayList<>();
        int[] codes = new int[v.length];
        String last = null;
        int lastCode = -1;
        // A wide table's column names cycle with the row width: once the first key comes back (by
        // reference), a row whose key is the very object one period earlier takes that row's code.
        int period = 0;
        for (int r = 0; r < v.length; r++) {
            String s = v[r];
            if (s == null) { codes[r] = -1; continue; }
            if (period == 0 && r > 0 && s == v[0]) period = r;
            if (period > 0 && r >= period && s == v[r - period]) { codes[r] = codes[r - period]; continue; }
            // Long data repeats a key over consecutive rows (a wide table's row name): skip the hash then.
            if (s != last && !s.equals(last)) {
                Integer k = map.get(s); // get first: putIfAbsent would box a new Integer per row
                if (k == null) {
                    k = keys.size();
                    map.put(s, k);
                    keys.add(s);
                }
                lastCode = k;
                last = s;
            }
            codes[r] = lastCode;
        }
        return new KeyIndex(keys, codes);
    }

    private static KeyIndex generic(Column c) {
        Map<Object, Integer> map = new HashMap<>();
        List<Object> keys = new ArrayList<>();
        int[] codes = new int[c.size()];
        for (int r = 0; r < codes.length; r++) {
            Object o = c.get(r);
            if (o == null) { codes[r] = -1; continue; }
            Integer k = map.putIfAbsent(o, keys.size());
            if (k == null) keys.add(o);
            codes[r] = k == null ? keys.size() - 1 : k;
        }
        return new KeyIndex(keys, codes);
    }

    /** Open addressing from 64-bit keys to codes; grows at half load. */
    static final class LongCodes {
        private long[] keys = new long[64];
        private int[] codes = new int[64];
        private boolean[] used = new boolean[64];
        private int size;

        /** The key's code, or {@code next} after recording it as the key's code. */
        int codeOf(long key, int next) {
            int mask = keys.length - 1, i = mix(key) & mask;
            while (used[i]) {
                if (keys[i] == key) return codes[i];
                i = (i + 1) & mask;
            }
            used[i] = true;
            keys[i] = key;
            codes[i] = next;
            if (++size * 2 > keys.length) grow();
            return next;
        }

        /** The key's code, or -1. */
        int get(long key) {
            int mask = keys.length - 1, i = mix(key) & mask;
            while (used[i]) {
                if (keys[i] == key) return codes[i];
                i = (i + 1) & mask;
            }
            return -1;
        }

        private void grow() {
            long[] k = keys;
            int[] c = codes;
            boolean[] u = used;
            keys = new long[k.length * 2];
            codes = new int[k.length * 2];
            used = new boolean[k.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < k.length; j++) {
                if (!u[j]) continue;
                int i = mix(k[j]) & mask;
                while (used[i]) i = (i + 1) & mask;
                used[i] = true;
                keys[i] = k[j];
                codes[i] = c[j];
            }
        }

        /**
         * MurmurHash3's 64-bit finalizer: every key bit reaches the low bits the table indexes
         * by. (A bare multiply does not: whole numbers as doubles end in 52 zero bits, and so do
         * their products, so they all crowd into a few slots.)
         */
        static int mix(long key) {
            long h = key;
            h ^= h >>> 33;
            h *= 0xFF51AFD7ED558CCDL;
            h ^= h >>> 33;
            h *= 0xC4CEB9FE1A85EC53L;
            h ^= h >>> 33;
            return (int) h;
        }
    }
}
