package dev.hmspec.data.npy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a NumPy {@code .npy} file (format versions 1.0, 2.0 and 3.0): the magic string,
 * the version, a little-endian header length (2 bytes in 1.0, 4 in 2.0/3.0), then a Python
 * dict literal {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }} padded with
 * spaces to a multiple of 64 bytes. Only what a matrix needs is accepted: a 2-D shape in C order
 * of a {@link NpyDtype}; anything else is a {@link NpyFormatException} naming the field.
 *
 * @param dataOffset byte offset of the first element
 */
public record NpyHeader(int major, int minor, NpyDtype dtype, long rows, long columns, long dataOffset) {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    /** Reads the header from the start of {@code in}, leaving the stream at the first element. */
    public static NpyHeader read(InputStream in) throws IOException, NpyFormatException {
        byte[] lead = in.readNBytes(8);
        for (int i = 0; i < MAGIC.length; i++) {
            if (i >= lead.length || lead[i] != MAGIC[i])
                throw new NpyFormatException("magic", i, "not a .npy file (it must start with \\x93NUMPY)");
        }
        if (lead.length < 8) throw new NpyFormatException("version", lead.length, "the file ends inside the header");
        int major = lead[6] & 0xff, minor = lead[7] & 0xff;
        if (major < 1 || major > 3 || minor != 0)
            throw new NpyFormatException("version", 6, "format version " + major + "." + minor + " (1.0, 2.0 and 3.0 are read)");
        int lenBytes = major == 1 ? 2 : 4;
        byte[] len = in.readNBytes(lenBytes);
        if (len.length < lenBytes) throw new NpyFormatException("header", 8, "the file ends inside the header length");
        long headerLength = 0;
        for (int i = lenBytes - 1; i >= 0; i--) headerLength = headerLength << 8 | (len[i] & 0xff);
        long start = 8 + lenBytes;
        if (headerLength > 1 << 20) throw new NpyFormatException("header", 8, "a header of " + headerLength + " bytes");
        byte[] text = in.readNBytes((int) headerLength);
        if (text.length < headerLength) throw new NpyFormatException("header", start, "the file ends inside the header");
        String dict = new String(text, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Map<String, Entry> fields = new DictParser(dict, start).parse();
        Entry descr = require(fields, "descr", start);
        Entry order = require(fields, "fortran_order", start);
        Entry shape = require(fields, "shape", start);
        if (!(descr.value() instanceof String d))
            throw new NpyFormatException("descr", descr.offset(), "descr must be a type string such as '<f4'");
        NpyDtype dtype = NpyDtype.parse(d);
        if (dtype == null) throw new NpyFormatException("descr", descr.offset(), "element type '" + d
                + "' (float32/float64, int8–int64 and uint8–uint32 are read; structured types are not)");
        if (!(order.value() instanceof Boolean fortran))
            throw new NpyFormatException("fortran_order", order.offset(), "fortran_order must be True or False");
        if (fortran) throw new NpyFormatException("fortran_order", order.offset(),
                "the matrix is in Fortran (column-major) order; save it in C order (numpy.ascontiguousarray) to stream it row by row");
        if (!(shape.value() instanceof List<?> dims))
            throw new NpyFormatException("shape", shape.offset(), "shape must be a tuple of integers");
        if (dims.size() != 2) throw new NpyFormatException("shape", shape.offset(),
                "shape " + shapeText(dims) + " has " + dims.size() + " dimension" + (dims.size() == 1 ? "" : "s") + "; a heatmap needs a 2-D matrix (rows, columns)");
        long rows = (Long) dims.get(0), cols = (Long) dims.get(1);
        if (rows > Integer.MAX_VALUE || cols > Integer.MAX_VALUE)
            throw new NpyFormatException("shape", shape.offset(), "shape " + shapeText(dims) + " has a side over 2^31 - 1");
        return new NpyHeader(major, 0, dtype, rows, cols, start + headerLength);
    }

    public long cells() { return rows * columns; }

    private static Entry require(Map<String, Entry> fields, String key, long at) throws NpyFormatException {
        Entry e = fields.get(key);
        if (e == null) throw new NpyFormatException(key, at, "the header has no '" + key + "' entry");
        return e;
    }

    static String shapeText(List<?> dims) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < dims.size(); i++) s.append(i > 0 ? ", " : "").append(dims.get(i));
        return s.append(dims.size() == 1 ? ",)" : ")").toString();
    }

    /** One dict entry's value (String, Boolean or List of Long) and where it starts in the file. */
    record Entry(Object value, long offset) {}

    /** The small subset of Python literals a .npy header uses: strings, True/False, tuples of ints. */
    private static final class DictParser {
        private final String s;
        private final long base;
        private int i;

        DictParser(String s, long base) { this.s = s; this.base = base; }

        Map<String, Entry> parse() throws NpyFormatException {
            Map<String, Entry> out = new LinkedHashMap<>();
            skip();
            expect('{');
            while (true) {
                skip();
                if (peek() == '}') return out;
                String key = string();
                skip();
                expect(':');
                skip();
                long at = base + i;
                out.put(key, new Entry(value(key), at));
                skip();
                if (peek() == ',') i++;
                else if (peek() != '}') throw fail("header", "',' or '}' expected");
            }
        }

        private Object value(String key) throws NpyFormatException {
            char c = peek();
            if (c == '\'' || c == '"') return string();
            if (s.startsWith("True", i)) { i += 4; return true; }
            if (s.startsWith("False", i)) { i += 5; return false; }
            if (c == '(' || c == '[') {
                char close = c == '(' ? ')' : ']';
                i++;
                List<Long> dims = new ArrayList<>();
                while (true) {
                    skip();
                    if (peek() == close) { i++; return dims; }
                    int from = i;
                    while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
                    if (from == i) throw fail(key, "a non-negative integer expected");
                    try {
                        dims.add(Long.parseLong(s.substring(from, i)));
                    } catch (NumberFormatException e) {
                        throw fail(key, "integer out of range");
                    }
                    skip();
                    if (peek() == ',') i++;
                    else if (peek() != close) throw fail(key, "',' or '" + close + "' expected");
                }
            }
            throw fail(key, "a string, True/False or a tuple expected");
        }

        private String string() throws NpyFormatException {
            char q = peek();
            if (q != '\'' && q != '"') throw fail("header", "a quoted key expected");
            int end = s.indexOf(q, i + 1);
            if (end < 0) throw fail("header", "unterminated string");
            String out = s.substring(i + 1, end);
            i = end + 1;
            return out;
        }

        private void skip() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }

        private char peek() { return i < s.length() ? s.charAt(i) : '\0'; }

        private void expect(char c) throws NpyFormatException {
            if (peek() != c) throw fail("header", "'" + c + "' expected");
            i++;
        }

        private NpyFormatException fail(String field, String reason) {
            return new NpyFormatException(field, base + i, reason);
        }
    }
}
