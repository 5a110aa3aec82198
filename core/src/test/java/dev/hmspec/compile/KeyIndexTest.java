package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.data.NumberColumn;
import dev.hmspec.data.StringColumn;
import dev.hmspec.data.TemporalColumn;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyIndexTest {
    @Test
    void of_codes_rows_by_first_seen_distinct_value_and_minus_one_for_null() {
        KeyIndex n = KeyIndex.of(new NumberColumn("n", new double[] {3, 1, Double.NaN, 3, -0.0, 0.0}));
        assertEquals(List.of(3.0, 1.0, -0.0, 0.0), n.keys());
        assertArrayEquals(new int[] {0, 1, -1, 0, 2, 3}, n.codes());
        KeyIndex s = KeyIndex.of(new StringColumn("s", new String[] {"b", "b", null, "a", new String("b")}));
        assertEquals(List.of("b", "a"), s.keys());
        assertArrayEquals(new int[] {0, 0, -1, 1, 0}, s.codes());
        KeyIndex t = KeyIndex.of(new TemporalColumn("t", new long[] {5, TemporalColumn.NULL, 5, 7}));
        assertEquals(List.of(5L, 7L), t.keys());
        assertArrayEquals(new int[] {0, -1, 0, 1}, t.codes());
    }

    @Test
    void mix_spreads_whole_numbers_as_doubles_over_the_low_bits() {
        // 2,000 whole numbers in a 4,096-slot table: a good mix fills most distinct slots.
        Set<Integer> slots = new HashSet<>();
        for (int i = 0; i < 2000; i++) slots.add(KeyIndex.LongCodes.mix(Double.doubleToLongBits(i)) & 4095);
        assertTrue(slots.size() > 1500, "distinct slots: " + slots.size());
    }
    @Test
    void of_gives_cycling_wide_column_names_the_same_codes_as_a_plain_first_seen_map() {
        java.util.Random random = new java.util.Random(8);
        String[] pool = {"s0", "s1", "s2", "s3", "s4"};
        for (int trial = 0; trial < 200; trial++) {
            int width = 1 + random.nextInt(5), n = random.nextInt(40);
            String[] v = new String[n];
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(10);
                // Mostly the cycle by reference; sometimes an equal copy, another key or null.
                v[i] = k < 6 ? pool[i % width] : k < 8 ? new String(pool[i % width]) : k < 9 ? pool[random.nextInt(5)] : null;
            }
            java.util.Map<String, Integer> seen = new java.util.LinkedHashMap<>();
            int[] expected = new int[n];
            for (int i = 0; i < n; i++) expected[i] = v[i] == null ? -1 : seen.computeIfAbsent(v[i], x -> seen.size());
            KeyIndex index = KeyIndex.of(new StringColumn("c", v));
            assertEquals(List.copyOf(seen.keySet()), index.keys(), java.util.Arrays.toString(v));
            assertArrayEquals(expected, index.codes(), java.util.Arrays.toString(v));
        }
    }
}
