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

    /**
     * The entries as {@code hmspec explain} prints them: per view its steps, then each action with its
     * engine, steps and time, its SQL, and the parameters as {@code ?n = value} (never inlined).
     */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries()) {
            if (e.engine().equals("view")) {
                b.append("  view ").append(e.action()).append(": steps ")
                        .append(e.steps().isEmpty() ? "(none)" : String.join(", ", e.steps())).append('\n');
                continue;
            }
            b.append("    [").append(e.engine()).append("] ").append(e.action());
            if (!e.steps().isEmpty()) b.append(" \u2014 steps ").append(String.join(", ", e.steps()));
            b.append(String.format(java.util.Locale.ROOT, " (%.1f ms)%n", e.nanos() / 1e6));
            if (!e.sql().isEmpty()) {
                b.append("      ").append(e.sql()).append('\n');
                for (int i = 0; i < e.params().size(); i++) {
                    Object p = e.params().get(i);
                    b.append("      ?").append(i + 1).append(" = ")
                            .append(p instanceof String str ? "'" + str.replace("'", "''") + "'" : p).append('\n');
                }
            }
        }
        return b.toString();
    }
}
