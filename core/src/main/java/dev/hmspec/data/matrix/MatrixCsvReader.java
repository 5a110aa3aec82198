package dev.hmspec.data.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * Streams a numeric CSV/TSV matrix row by row straight into one row-major {@code double[]}: a wide
 * table (a header, one key column, numbers elsewhere), a table of numbers under a header (long
 * x, y, value data), or a headerless grid ({@code matrix} input).
 * No long table, no boxed value, no string per cell: memory is 8 bytes a cell plus the keys.
 *
 * <p>It reads only the plain form: UTF-8, no quotes, the same field count on every line, cells
 * that are numbers in {@link dev.hmspec.data.Cells#NUMBER}'s grammar (surrounding spaces allowed)
 * or a missing token ({@code "" NA null NaN}). Anything else is an {@link Irregular} naming the
 * line and field, and the caller hands the file to the general reader, whose diagnostics are the
 * reference. Numbers are parsed by hand (Clinger's fast path: an integer mantissa below 2^53
 * times an exact power of ten below 10^23 is one correctly rounded operation) and otherwise by
 * {@link Double#parseDouble}, so every value is the double the general reader gives.
 * CRLF is accepted; a blank line is irregular (the general reader counts it as a record of one
 * empty field, even at the end).
 */
public final class MatrixCsvReader {
    /**
     * A field separator, whether the first line is a header, and the header name of the key column
     * (null: none, every column holds numbers).
     */
    public record Options(char separator, boolean header, String keyColumn) {
        public Options {
            if (separator != ',' && separator != '\t') throw new IllegalArgumentException("separator " + (int) separator);
            if (keyColumn != null && !header) throw new IllegalArgumentException("a key column needs a header");
        }

        /** A wide table: header, one key column, numbers elsewhere. */
        public static Options wide(char separator, String keyColumn) { return new Options(separator, true, keyColumn); }

        /** A table of numbers under a header: each column's values are {@code values[r * columns + c]}. */
        public static Options numbers(char separator) { return new Options(separator, true, null); }

        /** A headerless grid ({@code matrix} input). */
        public static Options grid(char separator) { return new Options(separator, false, null); }
    }

    /** What a read gives: the matrix, or why the file is not a plain one. */
    public sealed interface Outcome permits Parsed, Irregular {}

    public record Parsed(Matrix matrix) implements Outcome {}

    private static final double[] POW10 = new double[23];
    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
    }

    private MatrixCsvReader() {}

    public static Outcome read(Path file, Options options) throws IOException {
        long size = Files.size(file);
        // Big files: byte ranges parsed at once on the machine's cores; an irregular file is read
        // again in one pass below, which names its first irregular line exactly.
        if (ParallelRead.worthIt(size)) {
            Outcome parallel = ParallelRead.read(file, size, options);
            if (parallel instanceof Parsed) return parallel;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, size, options);
        }
    }

    /** The field count and key column position the first line gives (header, or a grid's first row), or why not. */
    static Object layout(InputStream in, Options options) throws IOException {
        return new Run(in, -1, options).layout();
    }

    /** Data lines only (a range after the first line), {@code layout} being the first line's: no keys for columns. */
    static Outcome rows(InputStream in, long sizeHint, Options options, int[] layout) throws IOException {
        Run run = new Run(in, sizeHint, options);
        run.fields = layout[0];
        run.keyIndex = layout[1];
        run.continuation = true;
        return run.read();
    }

    /** Reads {@code in} to its end; {@code sizeHint} (bytes, or -1) sizes the value array once. */
    public static Outcome read(InputStream in, long sizeHint, Options options) throws IOException {
        return new Run(in, sizeHint, options).read();
    }

    /** One read's state: the byte window over the stream and the growing outputs. */
    private static final class Run {
        private final Lines lines;
        private final long sizeHint;
        private final byte sep;
        private final String keyColumn;
        private final boolean header;
        private final List<String> rowKeys = new ArrayList<>();
        private List<String> columnKeys = List.of();
        private double[] values = new double[0];
        private int size;
        private int keyIndex = -1;
        private int fields;
        private Irregular irregular;
        /** A later range of the file: no header, the layout set by the caller. */
        private boolean continuation;

        Run(InputStream in, long sizeHint, Options o) {
            this.lines = new Lines(in);
            this.sizeHint = sizeHint;
            this.sep = (byte) o.separator();
            this.keyColumn = o.keyColumn();
            this.header = o.header();
        }

        /** {fields, keyIndex} from the first line, or the Irregular that stops it. */
        Object layout() throws IOException {
            if (!lines.next()) return new Irregular(Irregular.Kind.EMPTY, 0, 0, "");
            if (header) {
                Outcome header = header();
                if (header != null) return header;
            } else {
                fields = countFields();
            }
            return new int[] {fields, keyIndex};
        }

        Outcome read() throws IOException {
            if (header && !continuation) {
                if (!lines.next()) return new Irregular(Irregular.Kind.EMPTY, 0, 0, "");
                if (lines.blank > 0) return new Irregular(Irregular.Kind.RAGGED, lines.blank, 0, "blank line");
                Outcome header = header();
                if (header != null) return header;
            }
            int rows = 0;
            while (lines.next()) {
                if (lines.blank > 0) return new Irregular(Irregular.Kind.RAGGED, lines.blank, 0, "blank line");
                if (rows == 0) {
                    if (!header && !continuation) fields = countFields();
                    reserve(fields - (keyIndex < 0 ? 0 : 1));
                }
                if (!row()) return irregular;
                rows++;
            }
            if (lines.blank > 0) return new Irregular(Irregular.Kind.RAGGED, lines.blank, 0, "blank line");
            if (rows == 0 || fields - (keyIndex < 0 ? 0 : 1) == 0) return new Irregular(Irregular.Kind.EMPTY, lines.line, 0, "");
            int columns = fields - (keyIndex < 0 ? 0 : 1);
            double[] exact = size == values.length ? values : Arrays.copyOf(values, size);
            values = null;
            return new Parsed(new Matrix(rows, columns, rowKeys, columnKeys, exact));
        }

        /** The header's names: the key column's position, the other names as column keys. */
        private Outcome header() {
            byte[] b = lines.buf;
            int p = lines.start, end = lines.end;
            if (end - p >= 3 && b[p] == (byte) 0xEF && b[p + 1] == (byte) 0xBB && b[p + 2] == (byte) 0xBF) p += 3;
            List<String> names = new ArrayList<>();
            HashSet<String> seen = new HashSet<>();
            for (int field = 1; ; field++) {
                int q = p;
                while (q < end && b[q] != sep) q++;
                String name = text(p, q, field);
                if (name == null) return irregular;
                if (!seen.add(name)) return new Irregular(Irregular.Kind.DUPLICATE_HEADER, lines.line, field, name);
                if (keyColumn != null && name.equals(keyColumn)) keyIndex = names.size(); else names.add(name);
                if (q >= end) break;
                p = q + 1;
            }
            if (keyColumn != null && keyIndex < 0) return new Irregular(Irregular.Kind.NO_KEY_COLUMN, lines.line, 0, keyColumn);
            fields = names.size() + (keyIndex < 0 ? 0 : 1);
            columnKeys = names;
            return null;
        }

        /** Field count of a headerless grid's first line. */
        private int countFields() {
            int n = 1;
            for (int i = lines.start; i < lines.end; i++) if (lines.buf[i] == sep) n++;
            return n;
        }

        /** Sizes the value array once from the file size and the first row's length, 5 % spare. */
        private void reserve(int width) {
            long perRow = Math.max(1, lines.end - lines.start + 1);
            long rows = sizeHint > 0 ? (sizeHint - lines.consumed() + perRow) / perRow : 64;
            long cells = Math.min(Integer.MAX_VALUE - 8, (long) ((rows * 1.05 + 16) * width));
            values = new double[(int) Math.max(cells, width)];
        }

        /** One data line into the value array; false (with {@link #irregular} set) if it is not plain. */
        private boolean row() {
            byte[] b = lines.buf;
            int p = lines.start, end = lines.end, f = 0;
            int width = fields - (keyIndex < 0 ? 0 : 1);
            if (size + width > values.length) {
                values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) values.length * 3 / 2, size + width)));
            }
            int at = size;
            while (true) {
                if (f >= fields) return irregular(Irregular.Kind.RAGGED, 0, "");
                if (f == keyIndex) {
                    int q = p;
                    while (q < end && b[q] != sep) q++;
                    String key = text(p, q, f + 1);
                    if (key == null) return false;
                    rowKeys.add(key);
                    p = q;
                } else {
                    p = number(b, p, end, at);
                    if (p < 0) return irregular(Irregular.Kind.NOT_A_NUMBER, f + 1, field(f));
                    at++;
                }
                f++;
                if (p >= end) break;
                p++;
            }
            if (f != fields) return irregular(Irregular.Kind.RAGGED, 0, f + " fields, header " + fields);
            size = at;
            return true;
        }

        private boolean irregular(Irregular.Kind kind, int field, String text) {
            irregular = new Irregular(kind, lines.line, field, text);
            return false;
        }

        /** The text of field {@code f} (0-based) of the current line, for a message. */
        private String field(int f) {
            byte[] b = lines.buf;
            int p = lines.start;
            for (int i = 0; i < f; i++) { while (b[p] != sep) p++; p++; }
            int q = p;
            while (q < lines.end && b[q] != sep) q++;
            return new String(b, p, q - p, StandardCharsets.UTF_8);
        }

        /** A key or header name: UTF-8, no quotes, no carriage return; null (irregular set) otherwise. */
        private String text(int p, int q, int field) {
            byte[] b = lines.buf;
            boolean ascii = true;
            for (int i = p; i < q; i++) {
                if (b[i] == '"') { irregular(Irregular.Kind.QUOTED, field, ""); return null; }
                if (b[i] == '\r') { irregular(Irregular.Kind.CONTROL, field, "carriage return"); return null; }
                if (b[i] < 0) ascii = false;
            }
            if (ascii) return new String(b, p, q - p, StandardCharsets.ISO_8859_1);
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b, p, q - p)).toString();
            } catch (CharacterCodingException e) {
                irregular(Irregular.Kind.NOT_UTF8, field, "");
                return null;
            }
        }

        /**
         * Parses the cell starting at {@code p} into {@code values[at]}; returns the position of
         * the separator or line end after it, or -1 if the cell is not a number or missing token.
         */
        private int number(byte[] b, int p, int end, int at) {
            while (p < end && isSpace(b[p])) p++;
            int start = p;
            if (p == end || b[p] == sep) { values[at] = Double.NaN; return p; }
            if (b[p] == 'N' || b[p] == 'n') return missingToken(b, p, end, at);
            boolean negative = false;
            if (b[p] == '-' || b[p] == '+') negative = b[p++] == '-';
            long m = 0;
            int digits = 0, exp = 0;
            boolean any = false, slow = false;
            for (; p < end && b[p] >= '0' && b[p] <= '9'; p++) {
                any = true;
                int d = b[p] - '0';
                if (m == 0 && d == 0) continue;
                if (digits < 18) { m = m * 10 + d; digits++; } else { slow = true; }
            }
            if (p < end && b[p] == '.') {
                for (p++; p < end && b[p] >= '0' && b[p] <= '9'; p++) {
                    any = true;
                    int d = b[p] - '0';
                    if (m == 0 && d == 0) { exp--; continue; }
                    if (digits < 18) { m = m * 10 + d; digits++; exp--; } else { slow = true; }
                }
            }
            if (!any) return -1;
            if (p < end && (b[p] == 'e' || b[p] == 'E')) {
                p++;
                boolean eNeg = false;
                if (p < end && (b[p] == '-' || b[p] == '+')) eNeg = b[p++] == '-';
                int e = 0;
                boolean eAny = false;
                for (; p < end && b[p] >= '0' && b[p] <= '9'; p++) {
                    eAny = true;
                    if (e < 100_000) e = e * 10 + (b[p] - '0');
                }
                if (!eAny) return -1;
                exp += eNeg ? -e : e;
            }
            int stop = p;
            while (p < end && isSpace(b[p])) p++;
            if (p < end && b[p] != sep) return -1;
            double v;
            if (m == 0 && !slow) v = 0;
            else if (!slow && m < (1L << 53) && exp >= -22 && exp <= 22) v = exp < 0 ? m / POW10[-exp] : m * POW10[exp];
            else v = Math.abs(Double.parseDouble(new String(b, start, stop - start, StandardCharsets.ISO_8859_1)));
            if (Double.isInfinite(v)) return -1; // the general reader warns about it
            values[at] = negative ? -v : v;
            return p;
        }

        /** NA, null or NaN (then spaces) as a missing cell. */
        private int missingToken(byte[] b, int p, int end, int at) {
            int q = p;
            while (q < end && b[q] != sep && !isSpace(b[q])) q++;
            String t = new String(b, p, q - p, StandardCharsets.ISO_8859_1);
            if (!t.equals("NA") && !t.equals("null") && !t.equals("NaN")) return -1;
            while (q < end && isSpace(b[q])) q++;
            if (q < end && b[q] != sep) return -1;
            values[at] = Double.NaN;
            return q;
        }

        private boolean isSpace(byte c) { return c == ' ' || c == '\t' && sep != '\t'; }

        // ---- streaming (issue 9: rows into the pyramid, one at a time) ----

        /** Reads the header (if any); null when it is plain. */
        Irregular begin() throws IOException {
            if (!header) return null;
            if (!lines.next()) return new Irregular(Irregular.Kind.EMPTY, 0, 0, "");
            if (lines.blank > 0) return new Irregular(Irregular.Kind.RAGGED, lines.blank, 0, "blank line");
            Outcome h = header();
            return h == null ? null : (Irregular) h;
        }

        /** The next data row into {@code values[0 … width)}: 1 read, 0 at the end, -1 irregular ({@link #irregular}). */
        int step(boolean first) throws IOException {
            boolean more = lines.next();
            if (lines.blank > 0) {
                irregular = new Irregular(Irregular.Kind.RAGGED, lines.blank, 0, "blank line");
                return -1;
            }
            if (!more) return 0;
            if (first && !header) fields = countFields();
            int width = fields - (keyIndex < 0 ? 0 : 1);
            if (values.length < width) values = new double[width];
            size = 0;
            return row() ? 1 : -1;
        }
    }

    /** A window over the stream, one non-blank line at a time (CR before LF dropped). */
    private static final class Lines {
        private final InputStream in;
        byte[] buf = new byte[1 << 20];
        private int pos, limit, scanned;
        private long dropped;
        private boolean eof;
        int start, end, line;
        /** The first blank line seen (0: none): the general reader counts it as a record. */
        int blank;

        Lines(InputStream in) { this.in = in; }

        /** Bytes before the current position, for the size estimate. */
        long consumed() { return dropped + pos; }

        boolean next() throws IOException {
            while (true) {
                int nl = -1;
                for (int i = Math.max(pos, scanned); i < limit; i++) if (buf[i] == '\n') { nl = i; break; }
                if (nl < 0 && !eof) {
                    scanned = limit;
                    fill();
                    continue;
                }
                if (nl < 0 && pos >= limit) return false;
                start = pos;
                end = nl < 0 ? limit : nl;
                pos = nl < 0 ? limit : nl + 1;
                scanned = pos;
                line++;
                if (end > start && buf[end - 1] == '\r') end--;
                if (end > start) return true;
                if (blank == 0) blank = line;
            }
        }

        private void fill() throws IOException {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                scanned -= pos;
                dropped += pos;
                pos = 0;
            }
            if (limit == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) eof = true; else limit += n;
        }
    }

    // ---- issue 9: a huge matrix streamed row by row into the pyramid, never held whole ----

    /** Opens {@code file} to read one row at a time; the header (if any) is read here. */
    public static RowStream stream(Path file, Options options) throws IOException {
        return new RowStream(Files.newInputStream(file), options);
    }

    /**
     * A matrix file read one row at a time: the same plain form and the same values as
     * {@link #read}, memory one row plus the row keys. {@link #next} returns false at the end;
     * a line that is not plain stops the stream with {@link #irregular()} set.
     */
    public static final class RowStream implements java.io.Closeable {
        private final InputStream in;
        private final Run run;
        private final Irregular headerProblem;
        private int rowsRead;
        private Irregular irregular;

        RowStream(InputStream in, Options options) throws IOException {
            this.in = in;
            this.run = new Run(in, -1, options);
            this.headerProblem = run.begin();
            this.irregular = headerProblem;
        }

        /** The header's names without the key column (empty for a headerless grid). */
        public List<String> columnKeys() { return run.columnKeys; }

        /** The key column's values of the rows read so far. */
        public List<String> rowKeys() { return run.rowKeys; }

        /** Fills {@code row} (at least as long as the row) with the next row; false at the end or when irregular. */
        public boolean next(double[] row) throws IOException {
            if (irregular != null) return false;
            int r = run.step(rowsRead == 0);
            if (r < 0) { irregular = run.irregular; return false; }
            if (r == 0) return false;
            int width = run.fields - (run.keyIndex < 0 ? 0 : 1);
            if (row.length != width) {
                irregular = new Irregular(Irregular.Kind.RAGGED, run.lines.line, 0, width + " fields, expected " + row.length);
                return false;
            }
            System.arraycopy(run.values, 0, row, 0, width);
            rowsRead++;
            return true;
        }

        /** Why the stream stopped early, or null. */
        public Irregular irregular() { return irregular; }

        @Override public void close() throws IOException { in.close(); }
    }

    /** Data lines of a file: its line count (a last line without newline counts) minus the header. */
    public static long dataLines(Path file, boolean header) throws IOException {
        long lines = 0;
        int last = '\n';
        byte[] buf = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) if (buf[i] == '\n') lines++;
                last = buf[n - 1];
            }
        }
        if (last != '\n') lines++;
        return Math.max(0, lines - (header ? 1 : 0));
    }
}
