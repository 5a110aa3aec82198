package dev.hmspec.tiles;

import dev.hmspec.data.npy.NpyHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Where tiles live: built into a temporary folder during compile (the page's name is not known
 * yet), then placed as {@code <page>.tiles/<id>/} beside the page. Placing is atomic for the
 * folder: a new folder is filled under a temporary name and renamed over the old one, so a reader
 * never sees tiles of two runs mixed. Temporary folders still present at exit are removed.
 */
public final class TileFolder {
    private TileFolder() {}

    /** Where a spill folder's tiles are now (moved into an output the first time, copied from there after). */
    private static final Map<String, Path> CURRENT = new ConcurrentHashMap<>();

    /** The folder of tiles beside a page: {@code chart.html} → {@code chart.tiles}. */
    public static Path besidePage(Path html) {
        String name = html.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return html.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".tiles");
    }

    /** A fresh temporary folder for a pyramid's tiles, removed at exit unless moved. */
    static Path spill() throws IOException {
        Path dir = Files.createTempDirectory("hmspec-tiles-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
        return dir;
    }

    /** A short stable id from the data's name and shape (tile scripts route to their grid by it). */
    static String id(String name, NpyHeader h) {
        CRC32 crc = new CRC32();
        crc.update((name + "|" + h.rows() + "x" + h.columns() + "|" + h.dtype().label()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "t" + Long.toHexString(crc.getValue());
    }

    /**
     * Places the tiles of {@code sets} (id → spill folder) as {@code folder/<id>/}, replacing what
     * was there; with no sets, removes an old folder so no stale tiles stay beside a page.
     */
    public static void place(Path folder, Map<String, Path> sets) throws IOException {
        Path parent = folder.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        long pid = ProcessHandle.current().pid();
        Path fresh = parent.resolve("." + folder.getFileName() + "." + pid + "-" + System.nanoTime() + ".tmp");
        Path old = parent.resolve("." + folder.getFileName() + "." + pid + "-" + System.nanoTime() + ".old");
        try {
            if (!sets.isEmpty()) {
                Files.createDirectories(fresh);
                for (Map.Entry<String, Path> e : sets.entrySet()) {
                    Path from = CURRENT.getOrDefault(e.getKey() + "|" + e.getValue(), e.getValue());
                    Path to = fresh.resolve(e.getKey());
                    if (from.equals(e.getValue()) && tryMove(from, to)) {
                        // The spill folder is gone; later pages of the same scene copy from here.
                        CURRENT.put(e.getKey() + "|" + e.getValue(), folder.toAbsolutePath().resolve(e.getKey()));
                    } else {
                        copyTree(from, to);
                    }
                }
            }
            boolean had = Files.exists(folder);
            if (had) Files.move(folder, old);
            if (!sets.isEmpty()) Files.move(fresh, folder);
            if (had) deleteQuietly(old);
        } finally {
            deleteQuietly(fresh);
        }
    }

    private static boolean tryMove(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (AtomicMoveNotSupportedException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) return;
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Best effort: a temporary folder left behind is harmless.
        }
    }

    /** The tile sets of a scene's tiled grids, id → folder they were built in; empty for ordinary scenes. */
    public static Map<String, Path> sets(dev.hmspec.scene.Scene scene) {
        Map<String, Path> out = new java.util.LinkedHashMap<>();
        collect(scene.nodes(), out);
        return out;
    }

    private static void collect(java.util.List<dev.hmspec.scene.Node> nodes, Map<String, Path> out) {
        for (dev.hmspec.scene.Node n : nodes) {
            // A grid compiled for static outputs has no tile files (directory null): nothing to place.
            if (n instanceof dev.hmspec.scene.TiledGrid t) {
                if (t.tiles().directory() != null) out.put(t.tiles().id(), t.tiles().directory());
            }
            else if (n instanceof dev.hmspec.scene.Group g) collect(g.children(), out);
        }
    }
}
