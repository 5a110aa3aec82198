package dev.hmspec.data.npy;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The one array of a {@code .npz} file ({@code numpy.savez} / {@code numpy.savez_compressed}: a
 * zip of {@code .npy} entries), streamed and inflated as it is read: the compressed form of a
 * matrix input. A file holding several arrays is an error naming them (which one to draw is not
 * guessed).
 */
record NpzArray(ZipFile zip, ZipEntry entry) {
    static boolean isNpz(Path file) { return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npz"); }

    static NpzArray open(Path file) throws IOException, NpyFormatException {
        ZipFile zip = new ZipFile(file.toFile());
        List<ZipEntry> arrays = new ArrayList<>();
        for (ZipEntry e : Collections.list(zip.entries())) if (e.getName().endsWith(".npy")) arrays.add(e);
        if (arrays.size() != 1) {
            zip.close();
            throw new NpyFormatException("npz", 0, "a .npz input holds one array; this one holds " + arrays.size()
                    + (arrays.isEmpty() ? "" : ": " + String.join(", ", arrays.stream().map(ZipEntry::getName).toList())));
        }
        return new NpzArray(zip, arrays.get(0));
    }

    /** The inflated .npy bytes; closing it closes the zip. */
    InputStream stream() throws IOException {
        return new FilterInputStream(zip.getInputStream(entry)) {
            @Override public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    zip.close();
                }
            }
        };
    }

    /** The .npy's size when inflated (-1 if the zip does not say). */
    long size() { return entry.getSize() < 0 ? Long.MAX_VALUE : entry.getSize(); }
}
