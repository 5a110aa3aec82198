package dev.hmspec.source;

import java.io.IOException;
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

    /**
     * Reads a spec as UTF-8. A file that is not UTF-8 throws {@link NotUtf8} carrying the text
     * decoded with replacement characters and the offset of the first bad byte's character, so the
     * caller can point at its line and column instead of naming the whole file.
     */
    public static SourceFile read(Path path) throws IOException {
        return decode(path, path.toString(), Files.readAllBytes(path));
    }

    /** Decodes {@code bytes} as UTF-8 (see {@link #read}). */
    public static SourceFile decode(Path path, String name, byte[] bytes) throws NotUtf8 {
        Utf8.Decoded d = Utf8.decode(bytes);
        SourceFile file = of(path, name, d.text());
        if (d.firstBad() < 0) return file;
        // of() drops a BOM and turns CRLF into LF: shift the offset by what it removed before it.
        String before = d.text().substring(0, d.firstBad());
        int at = d.firstBad() - (before.startsWith("\uFEFF") ? 1 : 0) - (before.length() - before.replace("\r\n", "\n").length());
        throw new NotUtf8(file, at, d.badByte());
    }

    /** The spec's bytes are not UTF-8; {@code offset} is the first bad byte's character in {@code file}. */
    public static final class NotUtf8 extends IOException {
        private final transient SourceFile file;
        private final int offset;
        private final int badByte;

        NotUtf8(SourceFile file, int offset, int badByte) {
            super("not UTF-8 text");
            this.file = file;
            this.offset = offset;
            this.badByte = badByte;
        }

        public SourceFile file() { return file; }
        public int offset() { return offset; }
        public int badByte() { return badByte; }
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
