package dev.hmspec.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The text of one spec file and the offsets where its lines start. BOM and CRLF are
 * normalized once here, so every later stage sees '\n' line ends.
 *
 * @param path     where the text came from (resolves relative data paths); may be null for inline text
 * @param name     what diagnostics print before ":line:col" (the path as the user gave it)
 */
public record SourceFile(Path path, String name, String text, int[] lineStarts) {

    public SourceFile {
        if (name == null || text == null || lineStarts == null) throw new NullPointerException("name/text/lineStarts");
    }

    public static SourceFile of(String name, String text) {
        return of(null, name, text);
    }

    public static SourceFile of(Path path, String name, String rawText) {
        String text = rawText.startsWith("\uFEFF") ? rawText.substring(1) : rawText;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        return new SourceFile(path, name, text, Arrays.copyOf(starts, n));
    }

    public static SourceFile read(Path path) throws IOException {
        return of(path, path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    }

    /** 1-based line of a character offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column of a character offset. */
    public int column(int offset) {
        return Math.max(0, Math.min(offset, text.length())) - lineStarts[line(offset) - 1] + 1;
    }

    /** The text of a 1-based line without its line end. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        return text.substring(start, Math.max(start, end));
    }

    /** Directory against which relative data paths resolve. */
    public Path directory() {
        Path p = path == null ? null : path.toAbsolutePath().getParent();
        return p == null ? Path.of("").toAbsolutePath() : p;
    }

    @Override public boolean equals(Object o) {
        return o instanceof SourceFile s && s.name.equals(name) && s.text.equals(text);
    }
    @Override public int hashCode() { return name.hashCode() * 31 + text.hashCode(); }
    @Override public String toString() { return "SourceFile[" + name + "]"; }
}
