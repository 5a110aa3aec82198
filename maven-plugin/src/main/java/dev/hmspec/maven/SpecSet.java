package dev.hmspec.maven;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The specs a goal works on: every file under a folder that matches an include glob and no
 * exclude glob, sorted, each with its slug (the relative path without ".hmspec", which names
 * its outputs). Globs use {@code /} and {@code **} as Maven's includes do; a leading
 * {@code **}{@code /} also matches at the top level.
 */
final class SpecSet {
    static final List<String> DEFAULT_INCLUDES = List.of("**/*.hmspec");

    /** {@code params}: the values this rendering of the spec uses (a parameter set's variant has its own slug). */
    record Spec(Path path, String slug, java.util.Map<String, String> params) {
        Spec { params = params == null ? java.util.Map.of() : java.util.Map.copyOf(params); }

        Spec(Path path, String slug) { this(path, slug, java.util.Map.of()); }
    }

    private SpecSet() {}

    static List<Spec> scan(Path directory, List<String> includes, List<String> excludes) throws IOException {
        List<PathMatcher> in = matchers(includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        List<PathMatcher> out = matchers(excludes == null ? List.of() : excludes);
        List<Spec> specs = new ArrayList<>();
        if (!Files.isDirectory(directory)) return specs;
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String rel = directory.relativize(p).toString().replace('\\', '/');
                if (matches(in, rel) && !matches(out, rel)) specs.add(new Spec(p, slug(rel)));
            }
        }
        return specs;
    }

    /** "maps/iris.hmspec" → "maps/iris". */
    static String slug(String relative) {
        return relative.endsWith(".hmspec") ? relative.substring(0, relative.length() - ".hmspec".length()) : relative;
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String g : globs) {
            String glob = g.trim().replace('\\', '/');
            if (glob.endsWith("/")) glob += "**";
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
        }
        return matchers;
    }

    private static boolean matches(List<PathMatcher> matchers, String relative) {
        Path p = Path.of(relative);
        return matchers.stream().anyMatch(m -> m.matches(p));
    }
}
