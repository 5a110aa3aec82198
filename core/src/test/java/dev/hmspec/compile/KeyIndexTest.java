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
}
