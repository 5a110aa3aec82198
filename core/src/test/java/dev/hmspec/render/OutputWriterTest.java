package dev.hmspec.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    @TempDir Path dir;

    static List<Path> files(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) { return s.sorted().toList(); }
    }

    @Test
    void writeAtomically_creates_parent_directories_and_replaces_an_existing_file() throws IOException {
        Path target = dir.resolve("out/deep/a.svg");
        OutputWriter.writeAtomically(target, "one".getBytes(StandardCharsets.UTF_8));
        OutputWriter.writeAtomically(target, "two".getBytes(StandardCharsets.UTF_8));
        assertEquals("two", Files.readString(target));
        assertEquals(List.of(target), files(target.getParent()), "no temporary file left behind");
    }

    @Test
    void writeAtomically_leaves_the_old_file_untouched_and_no_temp_file_when_producing_fails() throws IOException {
        Path target = dir.resolve("a.png");
        byte[] old = {1, 2, 3};
        Files.write(target, old);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OutputWriter.writeAtomically(target, out -> {
            out.write(new byte[] {9, 9, 9, 9, 9}); // half the output is already in the temp file
            throw new IllegalStateException("renderer failed");
        }));
        assertEquals("renderer failed", e.getMessage());
        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(List.of(target), files(dir));
    }

    @Test
    void writeAtomically_reports_io_failures_and_cleans_up() throws IOException {
        Path target = dir.resolve("b.html");
        assertThrows(IOException.class, () -> OutputWriter.writeAtomically(target, out -> { throw new IOException("disk full"); }));
        assertEquals(List.of(), files(dir));
    }

    @Test
    void writeAllAtomically_writes_no_file_of_the_set_when_a_later_one_fails() throws IOException {
        Path html = dir.resolve("s.html"), png = dir.resolve("s.png");
        Files.writeString(html, "old page");
        Files.writeString(png, "old png");
        Map<Path, OutputWriter.Content> set = new LinkedHashMap<>();
        set.put(html, out -> out.write("new page".getBytes(StandardCharsets.UTF_8)));
        set.put(png, out -> { throw new IllegalStateException("PNG too large"); });
        assertThrows(IllegalStateException.class, () -> OutputWriter.writeAllAtomically(set));
        assertEquals("old page", Files.readString(html), "the page is not replaced when the PNG of the same run fails");
        assertEquals("old png", Files.readString(png));
        assertEquals(List.of(html, png), files(dir), "no temporary file left behind");
    }

    @Test
    void a_later_write_removes_temporary_files_of_dead_writers_and_keeps_everything_else() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long dead = gone.pid(), alive = ProcessHandle.current().parent().orElseThrow().pid();
        long self = ProcessHandle.current().pid();
        Path orphan = Files.writeString(dir.resolve(".a.svg." + dead + "-1f2e3d.tmp"), "half");
        Path busy = Files.writeString(dir.resolve(".a.svg." + alive + "-4c5b.tmp"), "being written");
        Path ours = Files.writeString(dir.resolve(".b.svg." + self + "-99.tmp"), "being written");
        Path legacy = Files.writeString(dir.resolve(".a.png.0123456789abcdef.tmp"), "half");
        Files.setLastModifiedTime(legacy, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path fresh = Files.writeString(dir.resolve(".a.png.fedcba9876543210.tmp"), "maybe being written");
        Path userFile = Files.writeString(dir.resolve(".notes.tmp"), "not ours");
        OutputWriter.writeAtomically(dir.resolve("a.svg"), "svg".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(fresh, busy, ours, userFile, dir.resolve("a.svg")), files(dir));
        assertFalse(Files.exists(orphan));
        assertFalse(Files.exists(legacy));
    }
    @Test
    void writeAllAtomically_produces_the_files_of_a_set_at_the_same_time_and_rethrows_an_error_as_is() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "needs two cores");
        java.util.concurrent.CountDownLatch both = new java.util.concurrent.CountDownLatch(2);
        OutputWriter.Content waits = out -> {
            both.countDown();
            try {
                // Written one after the other, the first content would wait here in vain.
                if (!both.await(20, java.util.concurrent.TimeUnit.SECONDS)) throw new IOException("not parallel");
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            out.write(1);
        };
        Map<Path, OutputWriter.Content> set = new java.util.LinkedHashMap<>();
        set.put(dir.resolve("p/a.html"), waits);
        set.put(dir.resolve("p/a.png"), waits);
        OutputWriter.writeAllAtomically(set);
        assertTrue(Files.exists(dir.resolve("p/a.html")) && Files.exists(dir.resolve("p/a.png")));

        Map<Path, OutputWriter.Content> failing = new java.util.LinkedHashMap<>();
        failing.put(dir.resolve("q/a.html"), out -> out.write(1));
        failing.put(dir.resolve("q/a.png"), out -> { throw new OutOfMemoryError("test"); });
        OutOfMemoryError e = org.junit.jupiter.api.Assertions.assertThrows(OutOfMemoryError.class,
                () -> OutputWriter.writeAllAtomically(failing));
        assertEquals("test", e.getMessage());
        assertFalse(Files.exists(dir.resolve("q/a.html")));
    }
}
