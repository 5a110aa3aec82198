package dev.hmspec.data;

import dev.hmspec.source.Span;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a data path against the spec's folder and refuses paths that leave the allowed root,
 * by name ({@code ..}) or through a symlink. The root check comes first so that a refused path
 * says nothing about whether the file exists.
 */
public final class DataPaths {
    private DataPaths() {}

    public static Result<Path> resolve(String path, Path specDirectory, Path allowedRoot, Span span) {
        Path resolved;
        try {
            resolved = specDirectory.resolve(path).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return Result.failed(DataMessages.cannotReadFile(path, "not a valid path (" + e.getReason() + ")", span));
        }
        if (allowedRoot != null) {
            Path root = allowedRoot.toAbsolutePath().normalize();
            if (!resolved.startsWith(root)) return Result.failed(DataMessages.pathEscapesRoot(path, display(resolved), display(root), span));
            if (Files.exists(resolved)) {
                try {
                    Path realRoot = Files.exists(root) ? root.toRealPath() : root;
                    Path real = resolved.toRealPath();
                    if (!real.startsWith(realRoot)) {
                        return Result.failed(DataMessages.pathEscapesRoot(path, display(real), display(root), span));
                    }
                } catch (IOException e) {
                    return Result.failed(DataMessages.cannotReadFile(path, String.valueOf(e.getMessage()), span));
                }
            }
        }
        if (!Files.exists(resolved)) return Result.failed(DataMessages.fileNotFound(path, display(resolved), siblings(resolved), span));
        if (Files.isDirectory(resolved)) return Result.failed(DataMessages.cannotReadFile(path, "it is a folder", span));
        return Result.ok(resolved);
    }

    /** File names in the folder the missing file was expected in, for did-you-mean. */
    private static List<String> siblings(Path missing) {
        List<String> names = new ArrayList<>();
        Path dir = missing.getParent();
        if (dir == null || !Files.isDirectory(dir)) return names;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) names.add(f.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            // Suggestions are a courtesy: an unreadable folder just means no did-you-mean.
        }
        return names;
    }

    /** A path as messages show it: relative to the working folder when inside it, so logs stay short and portable. */
    public static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        if (abs.equals(cwd)) return ".";
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /** Whether a path is a glob pattern (DuckDB expands it: {@code *}, {@code ?}, {@code [...]}). */
    public static boolean isGlob(String path) {
        return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('[') >= 0;
    }

    /**
     * A glob resolved like a path: the folder part before the first wildcard must stay inside the
     * root, and the pattern may not climb out with {@code ..} after it. Existence is DuckDB's to check.
     */
    public static Result<Path> resolveGlob(String glob, Path specDirectory, Path allowedRoot, Span span) {
        if (glob.contains("..")) {
            return Result.failed(DataMessages.cannotReadFile(glob, "a glob may not contain \"..\"", span));
        }
        Path resolved;
        try {
            resolved = specDirectory.resolve(glob.replace('*', 'x').replace('?', 'x').replace('[', 'x')).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return Result.failed(DataMessages.cannotReadFile(glob, "not a valid path (" + e.getReason() + ")", span));
        }
        if (allowedRoot != null) {
            Path root = allowedRoot.toAbsolutePath().normalize();
            if (!resolved.startsWith(root)) return Result.failed(DataMessages.pathEscapesRoot(glob, display(resolved), display(root), span));
        }
        return Result.ok(specDirectory.toAbsolutePath().normalize().resolve(glob));
    }
}
