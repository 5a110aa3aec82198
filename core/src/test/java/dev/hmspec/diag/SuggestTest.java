package dev.hmspec.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SuggestTest {
    @Test
    void a_near_miss_is_suggested_nearest_first() {
        assertEquals(List.of("iris.csv", "iris.tsv"), Suggest.closest("irs.csv", List.of("penguins.csv", "iris.tsv", "iris.csv")));
    }

    // A hang guard, not a speed measurement: unbounded, this took 89 s and 5 GB for a 1M-character path.
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_huge_name_against_a_huge_folder_gets_no_suggestion_with_bounded_work() {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) files.add("data-file-" + i + ".csv");
        files.add("x".repeat(1_000_000));
        assertEquals(List.of(), Suggest.closest("x".repeat(1_000_000) + "y", files));
        assertEquals(List.of(), Suggest.closest("a".repeat(200), files), "long names far from every file");
        assertEquals("data-file-7.csv", Suggest.closest("data-file-7.cvs", files.subList(0, 10)).get(0));
    }
}
