package dev.hmspec.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
