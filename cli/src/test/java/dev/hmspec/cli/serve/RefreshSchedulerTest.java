package dev.hmspec.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The refresh bounds with a fake clock, a hand-run executor and a fake database. */
class RefreshSchedulerTest {
    long now = 0;
    final ArrayDeque<Runnable> running = new ArrayDeque<>();
    final List<String> published = new ArrayList<>();
    final AtomicInteger queries = new AtomicInteger();
    String table = "v1";
    boolean failing;

    final RefreshScheduler.Source<String> db = new RefreshScheduler.Source<>() {
        @Override public String served(String slug) { return "v1"; }

        @Override public Optional<RefreshScheduler.Fresh<String>> query(String slug) {
            queries.incrementAndGet();
            if (failing) throw new IllegalStateException("database down");
            return Optional.of(new RefreshScheduler.Fresh<>(table, slug + "@" + table));
        }
    };

    final RefreshScheduler s = new RefreshScheduler(() -> now, running::add, db, (slug, v) -> published.add(v));

    void advance(long seconds) { now += Duration.ofSeconds(seconds).toNanos(); }

    void finishAll() { while (!running.isEmpty()) running.poll().run(); }

    @Test
    void refresh_queries_once_per_interval_and_an_unchanged_result_sends_nothing() {
        s.plan("sales", Duration.ofSeconds(30));
        s.tick();
        assertEquals(0, running.size(), "not due before the first interval");
        advance(30);
        s.tick();
        finishAll();
        assertEquals(1, queries.get());
        assertEquals(List.of(), published, "the table is what the page shows: nothing is sent");
        advance(10);
        s.tick();
        assertEquals(0, running.size(), "the next query is an interval after the last one ended");
        table = "v2";
        advance(20);
        s.tick();
        finishAll();
        assertEquals(List.of("sales@v2"), published, "a changed table is sent once");
        advance(30);
        s.tick();
        finishAll();
        assertEquals(List.of("sales@v2"), published, "and not again while it stays the same");
    }

    @Test
    void a_slow_query_never_piles_up_ticks_are_skipped_while_it_runs() {
        s.plan("slow", Duration.ofSeconds(1));
        advance(1);
        s.tick();
        assertEquals(1, running.size());
        for (int i = 0; i < 50; i++) { advance(1); s.tick(); }
        assertEquals(1, running.size(), "still one query in flight after 50 intervals");
        assertEquals(50, s.skipped("slow"));
        table = "v2";
        finishAll();
        assertEquals(1, queries.get());
        assertEquals(List.of("slow@v2"), published, "the slow result is sent once");
        s.tick();
        assertEquals(0, running.size(), "the next is due an interval after it ended, not at once");
    }

    @Test
    void each_spec_has_its_own_query_and_a_failure_is_retried_on_the_next_interval() {
        s.plan("a", Duration.ofSeconds(5));
        s.plan("b", Duration.ofSeconds(5));
        advance(5);
        failing = true;
        s.tick();
        assertEquals(2, running.size(), "one in flight per spec");
        finishAll();
        assertEquals(List.of(), published, "a failed query changes nothing");
        failing = false;
        table = "v2";
        advance(5);
        s.tick();
        finishAll();
        assertEquals(List.of("a@v2", "b@v2"), published.stream().sorted().toList());
    }

    @Test
    void plan_with_null_stops_refreshing_and_a_new_plan_compares_with_what_is_served_then() {
        s.plan("x", Duration.ofSeconds(2));
        s.plan("x", null);
        advance(10);
        s.tick();
        assertTrue(running.isEmpty());
        assertEquals(java.util.Set.of(), s.planned());
        s.plan("x", Duration.ofSeconds(2));
        table = "v3";
        advance(2);
        s.tick();
        finishAll();
        assertEquals(List.of("x@v3"), published);
    }
}
