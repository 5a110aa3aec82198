package dev.hmspec.cli.serve;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

/**
 * Re-queries specs with a {@code refresh} interval (embed12b), bounded: at most one query in
 * flight per spec (a tick that finds it still running is skipped, so a slow query never piles
 * up), the next one due an interval after the last one ended, and a result whose hash equals
 * the last one (or, the first time, the one being served) is dropped, so an unchanged table
 * sends nothing. {@link #tick()} is called by the server's poller; the clock and the executor
 * are passed in, so tests drive both.
 */
final class RefreshScheduler {
    /** What a query gives: the hash of what the page would show, and the value to publish. */
    record Fresh<T>(String hash, T value) {}

    /** The data side: the hash of what is served now, and a fresh query (empty when it failed). */
    interface Source<T> {
        String served(String slug);

        Optional<Fresh<T>> query(String slug);
    }

    private static final class Job {
        long everyNanos;
        long due;
        boolean running;
        String hash;
        int skipped;
    }

    private final LongSupplier nanos;
    private final Executor runner;
    private final Source<?> source;
    private final BiConsumer<String, Object> changed;
    private final Map<String, Job> jobs = new HashMap<>();

    <T> RefreshScheduler(LongSupplier nanos, Executor runner, Source<T> source, BiConsumer<String, T> changed) {
        this.nanos = nanos;
        this.runner = runner;
        this.source = source;
        @SuppressWarnings("unchecked")
        BiConsumer<String, Object> c = (slug, value) -> changed.accept(slug, (T) value);
        this.changed = c;
    }

    /** Sets (or with null, removes) a spec's interval; a new interval starts counting now. */
    synchronized void plan(String slug, Duration every) {
        if (every == null) { jobs.remove(slug); return; }
        Job j = jobs.computeIfAbsent(slug, s -> new Job());
        j.hash = null; // the spec or its files changed: compare the next result with what is served then
        if (j.everyNanos != every.toNanos()) {
            j.everyNanos = every.toNanos();
            j.due = nanos.getAsLong() + j.everyNanos;
        }
    }

    /** The specs being refreshed. */
    synchronized java.util.Set<String> planned() { return new java.util.TreeSet<>(jobs.keySet()); }

    /** Ticks skipped because the spec's last query was still running (for tests and the log). */
    synchronized int skipped(String slug) { Job j = jobs.get(slug); return j == null ? 0 : j.skipped; }

    /** Starts the query of every spec that is due and not already running. */
    void tick() {
        long now = nanos.getAsLong();
        java.util.List<String> start = new java.util.ArrayList<>();
        synchronized (this) {
            jobs.forEach((slug, j) -> {
                if (now - j.due < 0) return;
                if (j.running) { j.skipped++; return; }
                j.running = true;
                start.add(slug);
            });
        }
        for (String slug : start) runner.execute(() -> run(slug));
    }

    private void run(String slug) {
        Optional<? extends Fresh<?>> fresh = Optional.empty();
        String before;
        synchronized (this) {
            Job j = jobs.get(slug);
            before = j == null ? null : j.hash;
        }
        try {
            if (before == null) before = source.served(slug);
            fresh = source.query(slug);
        } catch (RuntimeException e) {
            // A failing query (database down) is retried on the next interval.
        } finally {
            boolean publish;
            synchronized (this) {
                Job j = jobs.get(slug);
                if (j != null) {
                    j.running = false;
                    j.due = nanos.getAsLong() + j.everyNanos;
                    if (fresh.isPresent()) j.hash = fresh.get().hash();
                    else if (j.hash == null) j.hash = before;
                }
                publish = j != null && fresh.isPresent() && !fresh.get().hash().equals(before);
            }
            if (publish) changed.accept(slug, fresh.get().value());
        }
    }
}
