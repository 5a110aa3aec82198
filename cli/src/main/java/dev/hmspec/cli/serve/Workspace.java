package dev.hmspec.cli.serve;

import dev.hmspec.Compiled;
import dev.hmspec.SpecInputs;
import dev.hmspec.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The specs being previewed: a folder (searched recursively) or one spec file. {@link #poll()}
 * compares each spec's stamp (size and modification time of the spec and of every data file
 * it reads) with the last poll and names what changed; {@link #compiled(String)} compiles a
 * spec again only when its stamp moved. Polling is portable and also sees data files that
 * live outside the watched folder.
 */
public final class Workspace {
    private final Path root;
    private final boolean singleFile;
    private final Function<Path, Compiled> compiler;
    private final Map<String, Path> specs = new TreeMap<>();
    private final Map<String, String> stamps = new TreeMap<>();
    private final Map<String, Cached> cache = new LinkedHashMap<>();

    private record Cached(String stamp, Compiled compiled) {}

    /** The data files each spec names, re-read only when the spec file itself changed. */
    private record Inputs(String specStamp, List<Path> dataFiles) {}

    private final Map<Path, Inputs> inputs = new java.util.HashMap<>();

    public Workspace(Path dirOrSpec, Function<Path, Compiled> compiler) {
        this.root = dirOrSpec.toAbsolutePath().normalize();
        this.singleFile = Files.isRegularFile(root);
        this.compiler = compiler;
    }

    /** The folder being served: the folder itself, or the spec's folder. */
    public Path folder() { return singleFile ? root.getParent() : root; }

    public synchronized List<String> slugs() { return new ArrayList<>(specs.keySet()); }

    public synchronized Path spec(String slug) { return specs.get(slug); }

    /**
     * Rescans and returns the slugs whose spec or data changed, were added or were removed
     * since the last call (everything on the first call).
     */
    public synchronized Set<String> poll() {
        Map<String, Path> found = scan();
        Set<String> changed = new TreeSet<>();
        for (String gone : specs.keySet()) if (!found.containsKey(gone)) changed.add(gone);
        Map<String, String> next = new TreeMap<>();
        found.forEach((slug, path) -> {
            String stamp = stamp(path);
            next.put(slug, stamp);
            if (!stamp.equals(stamps.get(slug))) changed.add(slug);
        });
        specs.clear();
        specs.putAll(found);
        stamps.clear();
        stamps.putAll(next);
        cache.keySet().retainAll(found.keySet());
        inputs.keySet().retainAll(found.values());
        return changed;
    }

    /**
     * The spec compiled against its current files; null when there is no such spec. Compiling
     * happens outside the workspace's lock, so a slow spec never holds up the others, and a
     * data file that is not a regular file (a FIFO would block the read) is refused first.
     */
    public Compiled compiled(String slug) {
        Path path;
        String stamp;
        synchronized (this) {
            path = specs.get(slug);
            if (path == null) return null;
            stamp = stamps.getOrDefault(slug, "");
            Cached c = cache.get(slug);
            if (c != null && c.stamp().equals(stamp)) return c.compiled();
        }
        Compiled fresh = DataGuard.refuse(path).orElseGet(() -> compiler.apply(path));
        synchronized (this) {
            if (stamp.equals(stamps.get(slug))) cache.put(slug, new Cached(stamp, fresh));
        }
        return fresh;
    }

    private Map<String, Path> scan() {
        Map<String, Path> found = new TreeMap<>();
        if (singleFile) {
            if (Files.isRegularFile(root)) found.put(slug(root.getFileName().toString()), root);
            return found;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            Path realRoot = root.toRealPath();
            walk.filter(p -> p.getFileName().toString().endsWith(".hmspec") && Files.isRegularFile(p) && inside(p, realRoot))
                .forEach(p -> found.put(slug(root.relativize(p).toString().replace('\\', '/')), p));
        } catch (IOException | RuntimeException e) {
            // A folder changing under the walk: the next poll sees a settled tree.
        }
        return found;
    }

    /** A symbolic link to a spec outside the folder is neither listed nor served. */
    private static boolean inside(Path spec, Path realRoot) {
        try {
            return spec.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    private static String slug(String relative) {
        return relative.substring(0, relative.length() - ".hmspec".length());
    }

    /** Size and time of the spec and of each data file it names; "missing" for absent files. */
    private String stamp(Path spec) {
        String own = fileStamp(spec);
        Inputs known = inputs.get(spec);
        if (known == null || !known.specStamp().equals(own)) {
            known = new Inputs(own, dataFiles(spec));
            inputs.put(spec, known);
        }
        StringBuilder b = new StringBuilder(own);
        for (Path data : known.dataFiles()) b.append('|').append(data).append('=').append(fileStamp(data));
        return b.toString();
    }

    private static List<Path> dataFiles(Path spec) {
        try {
            return SpecInputs.of(SourceFile.of(spec, spec.toString(), Files.readString(spec))).dataFiles();
        } catch (IOException | RuntimeException e) {
            return List.of(); // unreadable now; the spec's own stamp changes when it is fixed
        }
    }

    private static String fileStamp(Path p) {
        try {
            return Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis() + "." + Files.getLastModifiedTime(p).toInstant().getNano();
        } catch (IOException e) {
            return "missing";
        }
    }

    // ---- embed12b: SQL sources with a refresh interval ----

    /** The spec compiled now, bypassing the cache (its SQL runs again); null when there is no such spec. */
    public Compiled compileFresh(String slug) {
        Path path = spec(slug);
        return path == null ? null : DataGuard.refuse(path).orElseGet(() -> compiler.apply(path));
    }

    /** Serves {@code fresh} for the spec until its files change (a refresh found new data). */
    public synchronized void refreshed(String slug, Compiled fresh) {
        if (specs.containsKey(slug)) cache.put(slug, new Cached(stamps.getOrDefault(slug, ""), fresh));
    }

    /** The spec's shortest {@code refresh} interval, read from its syntax. */
    public java.util.Optional<java.time.Duration> refreshInterval(String slug) {
        Path path = spec(slug);
        if (path == null) return java.util.Optional.empty();
        try {
            return dev.hmspec.SpecRefresh.of(SourceFile.of(path, path.toString(), Files.readString(path))).shortest();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
