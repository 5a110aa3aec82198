package dev.hmspec.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes output files so readers (a browser reloading, a build step) never see half a file:
 * the content goes to a temporary file in the target's directory, which then replaces the
 * target in one rename. If producing the content fails, the old file stays as it was and the
 * temporary file is removed. No fsync: this guards against partial files, not power loss.
 *
 * <p>A set of files (one spec's HTML, SVG and PNG) is written in two phases: every temporary
 * file first, the renames only once all of them exist, so a failure in any format leaves the
 * whole earlier set in place and the formats never mix runs. The contents are produced in
 * parallel ({@link ParallelContent}): a big grid's page and image each take a core.
 *
 * <p>Temporary files are named {@code .<target>.<pid>-<random>.tmp}. A process killed while
 * writing leaves its temporary files behind; every later write into the same folder removes
 * those whose process is gone (and any of ours older than a day, in case a pid was reused).
 * Files of live processes, this one included, are never touched: they are being written.
 */
public final class OutputWriter {
    private OutputWriter() {}

    private static final Random RANDOM = new SecureRandom();
    private static final long PID = ProcessHandle.current().pid();
    /** Our temporary files: current names carry the writer's pid; older releases wrote 16 hex digits only. */
    private static final Pattern TEMP = Pattern.compile("\\..+\\.(?:(\\d+)-)?[0-9a-f]{1,16}\\.tmp");
    private static final Duration ORPHAN_AGE = Duration.ofDays(1);
    private static final Duration LEGACY_AGE = Duration.ofMinutes(10);

    /** Content that writes itself to a stream and may fail half-way. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        writeAtomically(target, out -> out.write(bytes));
    }

    public static void writeAtomically(Path target, Content content) throws IOException {
        writeAllAtomically(Map.of(target, content));
    }

    /**
     * Writes every target or none: each content is produced into its temporary file, and only
     * when all succeeded are they renamed over their targets, in the map's order.
     */
    public static void writeAllAtomically(Map<Path, Content> files) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (Map.Entry<Path, Content> e : files.entrySet()) {
                Path absolute = e.getKey().toAbsolutePath();
                Path dir = absolute.getParent();
                // Checked before any content is produced: a rename that must fail would otherwise split the set.
                if (Files.isDirectory(absolute)) throw new java.nio.file.FileAlreadyExistsException(absolute + " is a folder");
                Files.createDirectories(dir);
                removeStaleTemps(dir);
                // Not Files.createTempFile: that makes the file owner-only (0600) on POSIX, and the
                // rename would carry those permissions to the output. CREATE_NEW honours the umask.
                Path temp = dir.resolve("." + absolute.getFileName() + "." + PID + "-" + Long.toHexString(RANDOM.nextLong()) + ".tmp");
                temps.put(absolute, temp);
                Content content = e.getValue();
                jobs.add(() -> {
                    try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                        content.writeTo(out);
                    }
                    return null;
                });
            }
            ParallelContent.run(jobs);
            for (Map.Entry<Path, Path> e : new ArrayList<>(temps.entrySet())) {
                move(e.getValue(), e.getKey());
                temps.remove(e.getKey());
            }
        } catch (IOException | RuntimeException | Error e) {
            for (Path temp : temps.values()) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems cannot rename atomically; a plain replace is the best they offer.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes the temporary files in {@code dir} left by writers that died, and returns them.
     * Only names of our pattern are considered; a failure to list or delete is ignored (the
     * next write tries again), since cleaning up must never fail a render.
     */
    public static List<Path> removeStaleTemps(Path dir) {
        List<Path> removed = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path f : files) {
                if (isStale(f) && Files.deleteIfExists(f)) removed.add(f);
            }
        } catch (IOException | RuntimeException e) {
            // Best effort: see above.
        }
        return removed;
    }

    private static boolean isStale(Path f) throws IOException {
        Matcher m = TEMP.matcher(f.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(f)) return false;
        Instant modified = Files.getLastModifiedTime(f).toInstant();
        if (m.group(1) == null) return modified.isBefore(Instant.now().minus(LEGACY_AGE));
        long pid;
        try {
            pid = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return false;
        }
        if (pid == PID) return false;
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return !alive || modified.isBefore(Instant.now().minus(ORPHAN_AGE));
    }
}
