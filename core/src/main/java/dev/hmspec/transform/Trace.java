package dev.hmspec.transform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What ran where, for {@code hmspec explain} and debug logs: per engine action its SQL with
 * parameters shown apart (never inlined), the steps it covered and how long it took. Collecting is
 * off unless a caller asks for it; entries never hold credentials (URLs are stored redacted).
 */
public final class Trace {
    /** One action: {@code sql} is empty for in-memory work; {@code params} match its {@code ?}s. */
    public record Entry(String engine, String action, List<String> steps, String sql, List<Object> params, long nanos) {
        public Entry {
            steps = List.copyOf(steps);
            params = Collections.unmodifiableList(new ArrayList<>(params)); // parameters may be null
        }
    }

    private final boolean on;
    private final List<Entry> entries = new ArrayList<>();

    private Trace(boolean on) { this.on = on; }

    public static Trace collecting() { return new Trace(true); }

    public static Trace off() { return new Trace(false); }

    public boolean enabled() { return on; }

    public synchronized void add(Entry e) { if (on) entries.add(e); }

    public synchronized List<Entry> entries() { return List.copyOf(entries); }
}
