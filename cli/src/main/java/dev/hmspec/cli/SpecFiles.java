package dev.hmspec.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the command line's files and folders into .hmspec files, each with its path relative to its root. */
final class SpecFiles {
    record SpecFile(Path path, Path relative) {}

    private SpecFiles() {}

    static List<SpecFile> expand(List<Path> inputs) throws IOException {
        List<SpecFile> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(p -> p.toString().endsWith(".hmspec") && Files.isRegularFile(p)).sorted()
                            .forEach(p -> out.add(new SpecFile(p, in.relativize(p))));
                }
            } else {
                out.add(new SpecFile(in, in.getFileName()));
            }
        }
        return out;
    }

    /** "iris.hmspec" → "iris", keeping sub-folders: "errors/x.hmspec" → "errors/x". */
    static String slug(Path relative) {
        String s = relative.toString().replace('\\', '/');
        return s.endsWith(".hmspec") ? s.substring(0, s.length() - ".hmspec".length()) : s;
    }
}
