package dev.hmspec.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.DiagnosticPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation fuzzer over every spec in specs/ (its data cut to 60 rows and a file to its
 * first 3 views, so a mutant compiles in milliseconds): parse, check, bind and lay out each mutant, never render. A mutant
 * may have any number of errors, but never an internal error (HM900/HM901), a diagnostic that
 * does not print, or a compile over the time budget. A failure names the seed; rerun one with
 * {@code -Dhmspec.fuzz.seed=<seed> -Dhmspec.fuzz.count=1}. A larger run: {@code -Dhmspec.fuzz.count=200000}.
 */
class SpecFuzzTest {
    private static final long SEED = Long.getLong("hmspec.fuzz.seed", 20261128L);
    private static final int COUNT = Integer.getInteger("hmspec.fuzz.count", 10_000);
    private static final long BUDGET_MS = Long.getLong("hmspec.fuzz.budgetMs", 20_000);
    private static final int ROWS = 60;
    private static final int MAX_VIEWS = 3;

    @TempDir Path dir;

    record Outcome(long seed, String spec, List<Mutator.Kind> kinds, String problem, long nanos) {}

    @Test
    void compilingAnyMutantOfTheSpecsGivesDiagnosticsNeverAnInternalErrorOrAHang() throws Exception {
        List<Path> corpus = prepareCorpus();
        List<String> texts = new ArrayList<>();
        for (Path p : corpus) texts.add(Files.readString(p));
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true); // a hung mutant must not keep the JVM alive
            return t;
        });
        Map<Mutator.Kind, Integer> coverage = new EnumMap<>(Mutator.Kind.class);
        List<Outcome> failures = new ArrayList<>();
        int withErrors = 0;
        long slowest = 0;
        Map<Mutator.Kind, Long> time = new java.util.HashMap<>();
        Map<String, Long> specTime = new java.util.TreeMap<>();
        try {
            List<Future<Outcome>> batch = new ArrayList<>();
            for (int i = 0; i < COUNT; i++) {
                long seed = SEED + i;
                int which = (int) Math.floorMod(seed * 0x9E3779B97F4A7C15L >>> 7, (long) corpus.size());
                Mutator.Mutant m = Mutator.mutate(texts.get(which), seed);
                m.kinds().forEach(k -> coverage.merge(k, 1, Integer::sum));
                Path file = dir.resolve("mutant-" + (i % 64) + ".hmspec");
                String name = corpus.get(which).getFileName().toString();
                batch.add(pool.submit(() -> run(file, m, seed, name)));
                if (batch.size() == 64 || i == COUNT - 1) {
                    for (Future<Outcome> f : batch) {
                        Outcome o;
                        try {
                            o = f.get(BUDGET_MS, TimeUnit.MILLISECONDS);
                        } catch (TimeoutException e) {
                            pool.shutdownNow();
                            throw new AssertionError("a mutant ran over " + BUDGET_MS + " ms (hang) in the batch before seed "
                                    + seed + "; rerun single seeds from " + (seed - batch.size() + 1) + " to find it");
                        }
                        slowest = Math.max(slowest, o.nanos() / 1_000_000);
                        for (Mutator.Kind k : o.kinds()) time.merge(k, o.nanos() / 1_000_000, Long::sum);
                        time.merge(null, 0L, Long::sum);
                        specTime.merge(o.spec(), o.nanos() / 1_000_000, Long::sum);
                        if (o.problem() == null) continue;
                        if (o.problem().isEmpty()) { withErrors++; continue; }
                        failures.add(o);
                    }
                    batch.clear();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("fuzz: %d mutants from seed %d, %d with errors, %d failures; mutations used: %s%n",
                COUNT, SEED, withErrors, failures.size(), coverage);
        System.out.printf("fuzz: slowest mutant %d ms; ms by mutation %s; ms by spec %s%n", slowest, time, specTime);
        StringBuilder b = new StringBuilder();
        failures.stream().limit(10).forEach(o -> b.append("seed ").append(o.seed()).append(" (").append(o.spec()).append(", ")
                .append(o.kinds()).append("): ").append(o.problem()).append('\n'));
        assertEquals(0, failures.size(), "mutants that broke the compiler:\n" + b);
        if (COUNT >= 1000) {
            for (Mutator.Kind k : Mutator.Kind.values()) assertTrue(coverage.getOrDefault(k, 0) > 0, "mutation never used: " + k);
        }
    }

    /** null: compiled clean; "": reported errors, as it should; otherwise what went wrong. */
    private Outcome run(Path file, Mutator.Mutant m, long seed, String spec) {
        long t0 = System.nanoTime();
        Path own = file.resolveSibling(Thread.currentThread().getId() + "-" + file.getFileName());
        try {
            Files.write(own, m.bytes());
            Compiled c = Hmspec.compile(own, new CompileOptions(Optional.of(dir), false));
            for (Diagnostic d : c.diagnostics()) {
                if (d.code().startsWith("HM9")) return new Outcome(seed, spec, m.kinds(), DiagnosticPrinter.print(d), System.nanoTime() - t0);
                DiagnosticPrinter.print(d);
            }
            return new Outcome(seed, spec, m.kinds(), c.scene().isPresent() ? null : "", System.nanoTime() - t0);
        } catch (Throwable t) {
            return new Outcome(seed, spec, m.kinds(), "threw " + t, System.nanoTime() - t0);
        }
    }

    /** specs/*.hmspec copied beside data/ whose tables are cut to {@link #ROWS} rows. */
    private List<Path> prepareCorpus() throws IOException {
        Path specs = Path.of("../specs");
        Files.createDirectories(dir.resolve("data"));
        try (Stream<Path> data = Files.list(specs.resolve("data"))) {
            for (Path p : data.toList()) Files.write(dir.resolve("data").resolve(p.getFileName()), trimmed(p));
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(specs)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".hmspec")).sorted().toList()) {
                Path copy = dir.resolve(p.getFileName());
                Files.writeString(copy, firstViews(Files.readString(p), MAX_VIEWS));
                out.add(copy);
            }
        }
        return out;
    }

    /**
     * The text up to its {@code max + 1}-th view: a 45-view sheet costs 45 views per mutant while
     * a mutation touches one or two, so long files are cut (their first views keep every kind).
     */
    static String firstViews(String text, int max) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^heatmap ").matcher(text);
        for (int seen = 0; m.find(); ) if (++seen > max) return text.substring(0, m.start());
        return text;
    }

    private static byte[] trimmed(Path p) throws IOException {
        String name = p.getFileName().toString();
        // tiles9b: a matrix input (the 1,000 × 10,000 gallery example) keeps its corner, labels their first lines.
        if (name.endsWith(".npz") || name.endsWith(".npy")) {
            try {
                return dev.hmspec.tiles.SmallMatrices.corner(p, ROWS, ROWS);
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
        if (name.endsWith(".rows.txt") || name.endsWith(".columns.txt")) {
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            return (String.join("\n", lines.subList(0, Math.min(lines.size(), ROWS))) + "\n").getBytes(StandardCharsets.UTF_8);
        }
        if (name.endsWith(".csv")) {
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            return (String.join("\n", lines.subList(0, Math.min(lines.size(), ROWS + 1))) + "\n").getBytes(StandardCharsets.UTF_8);
        }
        if (name.endsWith(".json")) {
            ObjectMapper mapper = new ObjectMapper();
            JsonNode root = mapper.readTree(p.toFile());
            if (root instanceof ArrayNode a && a.size() > ROWS) {
                ArrayNode cut = mapper.createArrayNode();
                for (int i = 0; i < ROWS; i++) cut.add(a.get(i));
                return mapper.writeValueAsBytes(cut);
            }
        }
        return Files.readAllBytes(p);
    }
}
