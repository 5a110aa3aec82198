package dev.hmspec.props;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counts a property's tries and how often each edge case came up, so tests can assert coverage. */
public final class Stats {
    private final AtomicInteger tries = new AtomicInteger();
    private final Map<String, AtomicInteger> hits = new TreeMap<>();

    /** Counts one try; returns true so it can sit in a boolean chain. */
    public boolean tried() { tries.incrementAndGet(); return true; }

    public synchronized void hit(String edgeCase) { hits.computeIfAbsent(edgeCase, k -> new AtomicInteger()).incrementAndGet(); }

    public void hitIf(boolean condition, String edgeCase) { if (condition) hit(edgeCase); }

    public int tries() { return tries.get(); }

    public synchronized int count(String edgeCase) { return hits.getOrDefault(edgeCase, new AtomicInteger()).get(); }

    /** Asserts every named case was hit at least {@code min} times. */
    public void assertHit(int min, String... edgeCases) {
        for (String c : edgeCases) assertTrue(count(c) >= min, "edge case \"" + c + "\" hit " + count(c) + " times, want ≥ " + min + "; " + describe());
    }

    public synchronized String describe() {
        StringBuilder b = new StringBuilder();
        hits.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v.get()));
        return b.length() == 0 ? "—" : b.toString();
    }
}
