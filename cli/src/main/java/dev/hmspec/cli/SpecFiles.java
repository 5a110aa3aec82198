package dev.hmspec.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expands the command line's files and folders into .hmspec files, each with the relative path
 * that names its outputs. Paths are relative to the deepest folder holding every input (a
 * folder input counts as itself, a file as its folder), so outputs mirror the specs' folders:
 * {@code render specs} gives {@code errors/x.html} for {@code specs/errors/x.hmspec}, and
 * {@code render a/x.hmspec b/x.hmspec} gives {@code a/x.html} and {@code b/x.html} instead of
 * one overwriting the other. A missing input or a folder without specs is a command-line
 * mistake (like {@code javac} with no sources): nothing is compiled and the exit code is 2.
 */
final class SpecFiles {
    record SpecFile(Path path, Path relative) {
        /** "iris.hmspec" → "iris", keeping sub-folders: "errors/x.hmspec" → "errors/x". */
        String slug() { return SpecFiles.slug(relative); }
    }

    private SpecFiles() {}

    static List<SpecFile> expand(List<Path> inputs) throws IOException {
        List<Path> missing = inputs.stream().filter(p -> !Files.exists(p)).toList();
        if (!missing.isEmpty()) throw new UserError(CliMessages.noSuchSpec(missing));
        Map<Path, Path> found = new LinkedHashMap<>(); // absolute spec path → path as the user wrote it
        Path base = null;
        for (Path in : inputs) {
            Path abs = in.toAbsolutePath().normalize();
            if (Files.isDirectory(in)) {
                List<Path> specs;
                try (Stream<Path> walk = Files.walk(in)) {
                    specs = walk.filter(p -> p.toString().endsWith(".hmspec") && Files.isRegularFile(p)).sorted().toList();
                }
                if (specs.isEmpty()) throw new UserError(CliMessages.noSpecsIn(in));
                for (Path p : specs) found.putIfAbsent(p.toAbsolutePath().normalize(), p);
                base = common(base, abs);
            } else if (Files.isRegularFile(in)) {
                found.putIfAbsent(abs, in);
                base = common(base, abs.getParent());
            } else {
                throw new UserError(CliMessages.notASpec(in));
            }
        }
        List<SpecFile> out = new ArrayList<>();
        Map<String, Path> slugs = new HashMap<>();
        for (Map.Entry<Path, Path> e : found.entrySet()) {
            SpecFile f = new SpecFile(e.getValue(), base.relativize(e.getKey()));
            // Folded case: on macOS and Windows "A.html" and "a.html" are one file.
            Path clash = slugs.putIfAbsent(f.slug().toLowerCase(Locale.ROOT), f.path());
            if (clash != null) throw new UserError(CliMessages.sameOutput(f.slug(), clash, f.path()));
            out.add(f);
        }
        return out;
    }

    private static Path common(Path a, Path b) {
        if (a == null) return b;
        Path p = a;
        while (p != null && !b.startsWith(p)) p = p.getParent();
        if (p == null) throw new UserError(CliMessages.noCommonFolder(a, b));
        return p;
    }

    static String slug(Path relative) {
        String s = relative.toString().replace('\\', '/');
        return s.endsWith(".hmspec") ? s.substring(0, s.length() - ".hmspec".length()) : s;
    }
}
