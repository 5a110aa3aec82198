package dev.hmspec.engine;

import dev.hmspec.transform.Engine;
import dev.hmspec.transform.InMemoryEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The engines a compile asks, in order. Engines on the class path that register themselves as a
 * {@code dev.hmspec.transform.Engine} service come first (the DuckDB module does: it is the
 * default for files), then the generic JDBC engine for SQL sources, then the in-memory reference.
 */
public final class Engines {
    private Engines() {}

    /** {@code "memory"} keeps files in the JVM (the reference); anything else also loads registered engines. */
    public static List<Engine> forChoice(String choice) {
        List<Engine> out = new ArrayList<>();
        if (!"memory".equals(choice)) {
            for (Engine e : ServiceLoader.load(Engine.class, Engines.class.getClassLoader())) out.add(e);
        }
        out.add(new JdbcEngine());
        out.add(InMemoryEngine.INSTANCE);
        return out;
    }
}
