package dev.hmspec.props;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.quicktheories.QuickTheory;

/**
 * Shared machinery of the property suites: QuickTheories with surefire's fixed seed
 * (-DQT_SEED=2026 in CI; a random seed locally, printed on failure by QuickTheories), and the
 * report of every property's tries and edge-case counts, written to target/property-report.md
 * for the closing note.
 */
public final class Props {
    private static final Map<String, String> ROWS = new ConcurrentHashMap<>();

    private Props() {}

    public static QuickTheory qt() {
        String seed = System.getProperty("QT_SEED");
        return seed == null ? QuickTheory.qt() : QuickTheory.qt().withFixedSeed(Long.parseLong(seed));
    }

    /** Records a finished property and rewrites the report (the suites run in one JVM). */
    public static synchronized void report(String property, Stats stats) {
        ROWS.put(property, "| " + property + " | " + stats.tries() + " | " + stats.describe() + " |");
        StringBuilder md = new StringBuilder("| property | tries | edge cases hit |\n|---|---|---|\n");
        new TreeMap<>(ROWS).values().forEach(r -> md.append(r).append('\n'));
        md.append("\nseed: ").append(System.getProperty("QT_SEED", "random")).append('\n');
        try {
            Path out = Path.of("target", "property-report.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, md);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the property report", e);
        }
        System.out.println("[property] " + property + ": " + stats.tries() + " tries; " + stats.describe());
    }
}
