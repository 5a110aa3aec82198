package dev.hmspec.data.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A big matrix file parsed in byte ranges at once, one per core (parsing numbers is the cost of
 * reading a 75 MB wide CSV; the disk is not). Ranges are cut just after a line feed, so each holds
 * whole lines; the first range also holds the header. The ranges' values and row keys are joined
 * in file order. Any irregularity gives up (null): the caller reads the file in one pass, which
 * names the first irregular line exactly, as before.
 */
final class ParallelRead {
    /** Smaller files are read in one pass: a range costs a thread hand-off and its own buffers. */
    static final long MIN_BYTES = 8L << 20;
    private static final int MAX_PARTS = 8;

    private ParallelRead() {}

    static int parts() { return Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors()); }

    static boolean worthIt(long size) { return size >= MIN_BYTES && parts() > 1; }

    static MatrixCsvReader.Outcome read(Path file, long size, MatrixCsvReader.Options options) throws IOException {
        return read(file, size, options, parts());
    }

    static MatrixCsvReader.Outcome read(Path file, long size, MatrixCsvReader.Options options, int parts) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Object layout = MatrixCsvReader.layout(new Range(ch, 0, size), options);
            if (!(layout instanceof int[] fieldsAndKey)) return null;
            long[] cuts = cuts(ch, size, parts);
            if (cuts.length < 3) return null;
            List<MatrixCsvReader.Outcome> parsed;
            try {
                parsed = IntStream.range(0, cuts.length - 1).parallel().mapToObj(k -> {
                    try {
                        Range r = new Range(ch, cuts[k], cuts[k + 1]);
                        return k == 0 ? MatrixCsvReader.read(r, cuts[1], options)
                                : MatrixCsvReader.rows(r, cuts[k + 1] - cuts[k], options, fieldsAndKey);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return join(parsed);
        }
    }

    /** Range starts: 0, then just after the first line feed at or after each k/parts of the file, then the size. */
    static long[] cuts(FileChannel ch, long size, int parts) throws IOException {
        List<Long> cuts = new ArrayList<>(List.of(0L));
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        for (int k = 1; k < parts; k++) {
            long from = Math.max(size * k / parts, cuts.get(cuts.size() - 1));
            long cut = lineEnd(ch, from, size, buf);
            if (cut < 0 || cut >= size) break;
            if (cut > cuts.get(cuts.size() - 1)) cuts.add(cut);
        }
        cuts.add(size);
        return cuts.stream().mapToLong(Long::longValue).toArray();
    }

    /** The position just after the first line feed at or after {@code from}, or -1. */
    private static long lineEnd(FileChannel ch, long from, long size, ByteBuffer buf) throws IOException {
        for (long at = from; at < size; ) {
            buf.clear();
            int n = ch.read(buf, at);
            if (n <= 0) return -1;
            for (int i = 0; i < n; i++) if (buf.get(i) == '\n') return at + i + 1;
            at += n;
        }
        return -1;
    }

    private static MatrixCsvReader.Outcome join(List<MatrixCsvReader.Outcome> parts) {
        List<Matrix> m = new ArrayList<>();
        for (MatrixCsvReader.Outcome o : parts) {
            if (!(o instanceof MatrixCsvReader.Parsed p)) return null;
            m.add(p.matrix());
        }
        Matrix first = m.get(0);
        long total = 0;
        List<String> rowKeys = new ArrayList<>();
        int rows = 0;
        for (Matrix x : m) {
            if (x.columns() != first.columns()) return null;
            total += x.values().length;
            rows += x.rows();
            rowKeys.addAll(x.rowKeys());
        }
        if (total > Integer.MAX_VALUE - 8) return null;
        double[] values = Arrays.copyOf(first.values(), (int) total);
        int at = first.values().length;
        for (int k = 1; k < m.size(); k++) {
            double[] v = m.get(k).values();
            System.arraycopy(v, 0, values, at, v.length);
            at += v.length;
        }
        return new MatrixCsvReader.Parsed(new Matrix(rows, first.columns(), rowKeys, first.columnKeys(), values));
    }

    /** Bytes {@code [from, to)} of a file as a stream, by positional reads (ranges share one channel). */
    private static final class Range extends InputStream {
        private final FileChannel ch;
        private long at;
        private final long to;

        Range(FileChannel ch, long from, long to) { this.ch = ch; this.at = from; this.to = to; }

        @Override public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            if (at >= to) return -1;
            int n = ch.read(ByteBuffer.wrap(b, off, (int) Math.min(len, to - at)), at);
            if (n > 0) at += n;
            return n;
        }
    }
}
