package dev.hmspec.render.html;

import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.RuntimeInfo;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.Deflater;

/**
 * A view's cells as one little-endian binary block ({@link Base85} text in the page) plus a descriptor of
 * its sections. Values stay exact: when every value is a decimal with at most
 * {@link #MAX_DECIMALS} places whose scaled integers fit 16 (or 32) bits, they travel as those
 * integers and a divisor (k / 10^d in JavaScript is the same double as in Java); otherwise as
 * float64. Bytes are time (bench-peers/results/limit.md), so int16 is the common case.
 * Colors come from the view's lookup table; scenes without one send a palette index per cell.
 * The whole block is raw-deflated when that pays (its script element then has
 * {@code data-encoding="deflate-raw"}), integer
 * values filtered first when that compresses better ({@code "filter": "avg-planes"}).
 */
final class CellPayload {
    static final int MAX_DECIMALS = 6;
    /** Below this many bytes deflating is not worth an asynchronous step in the page. */
    static final int MIN_DEFLATE = 1024;
    /** Above this many bytes a block is deflated once, at the fast level (see {@link #packed}). */
    static final int LARGE_BLOCK = 1 << 20;
    /** Value arrays this long are scanned in parts on all cores. */
    static final int PARALLEL_MIN = 1 << 20;
    static final int I16_MISSING = Short.MIN_VALUE, I16_ABSENT = Short.MIN_VALUE + 1;
    static final int I32_MISSING = Integer.MIN_VALUE, I32_ABSENT = Integer.MIN_VALUE + 1;

    private final Bytes bytes;
    private final Map<String, Object> descriptor = new LinkedHashMap<>();
    private boolean deflated;
    /** Whether the values section was written filtered already (big integer blocks). */
    private boolean prefiltered;

    private CellPayload(int expected) { bytes = new Bytes(expected); }

    /** A byte stream whose array can be used in place: a 40 MB block is not copied to be deflated. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes(int size) { super(size); }
        byte[] array() { return buf; }

        /** Appends {@code n} zero bytes to be written in place; returns where they start. */
        int reserve(int n) {
            if (buf.length - count < n) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + n));
            java.util.Arrays.fill(buf, count, count + n, (byte) 0);
            int at = count;
            count += n;
            return at;
        }
    }

    /** The descriptor (for the page data), the block's bytes as sent, and whether they are raw-deflated. */
    record Encoded(Map<String, Object> descriptor, byte[] bytes, boolean deflated) {
        /** The block as the page carries it ({@link Base85} text); the page writer streams it instead. */
        String text() { return Base85.encode(bytes); }
    }

    static Encoded encode(CellGrid g, RuntimeInfo.ColorKey key) {
        // Room for int32 values, the lookup table and the absent flags, so the buffer never regrows.
        CellPayload p = new CellPayload((int) Math.min(Integer.MAX_VALUE - 64, 4L * g.values().length + 8192));
        boolean anyAbsent = false;
        // A masked cell is not drawn but keeps its value (the page says "masked" with it), so it is not absent.
        int[] colors = unmasked(g);
        for (int c : colors) anyAbsent |= (c >>> 24) == 0;
        p.values(g.values(), colors, key != null, g.columns());
        if (key != null) {
            p.descriptor.put("mode", "lut");
            ByteBuffer t = buffer(key.thresholds().length * 4);
            for (double v : key.thresholds()) t.putFloat((float) v);
            p.section("thresholds", "f32", t, key.thresholds().length);
            int[] lut = new int[key.colors().length + 1];
            System.arraycopy(key.colors(), 0, lut, 0, key.colors().length);
            lut[lut.length - 1] = key.noData(); // the last entry: missing values
            p.section("lut", "rgba", rgba(lut), lut.length);
            if (anyAbsent && "f64".equals(p.descriptor.get("valueType"))) {
                ByteBuffer m = buffer(colors.length);
                for (int c : colors) m.put((byte) ((c >>> 24) == 0 ? 1 : 0));
                p.section("absent", "u8", m, colors.length);
            }
            if (g.masked() != null) p.masked(g.masked());
        } else {
            p.palette(g.colors());
        }
        byte[] packed = p.packed(g.columns());
        return new Encoded(p.descriptor, packed, p.deflated);
    }

    /** The grid's colors with masked cells opaque again: for telling absent cells, which masked ones are not. */
    private static int[] unmasked(CellGrid g) {
        if (g.masked() == null) return g.colors();
        int[] out = g.colors().clone();
        for (int i = 0; i < out.length; i++) if (g.masked()[i]) out[i] |= 0xFF000000;
        return out;
    }

    /** One byte per cell, 1 where a mask hides it: the page leaves those cells unpainted (decorations.js). */
    private void masked(boolean[] masked) {
        ByteBuffer m = buffer(masked.length);
        for (boolean b : masked) m.put((byte) (b ? 1 : 0));
        section("masked", "u8", m, masked.length);
    }

    private void values(double[] v, int[] colors, boolean sentinels, int columns) {
        int d = decimals(v);
        if (d >= 0) {
            double scale = Math.pow(10, d);
            long[] range = range(v, scale);
            long lo = range[0], hi = range[1];
            boolean i16 = lo > I16_ABSENT && hi <= Short.MAX_VALUE || lo == Long.MAX_VALUE;
            boolean i32 = lo > I32_ABSENT && hi <= Integer.MAX_VALUE;
            if (i16 || i32) {
                descriptor.put("divisor", scale);
                int width = i16 ? 2 : 4;
                descriptor.put("valueType", i16 ? "i16" : "i32");
                Codes codes = new Codes(v, colors, sentinels, scale, i16);
                if ((long) v.length * width > LARGE_BLOCK) {
                    // Big blocks are always sent filtered (see packed): write the filtered planes at
                    // once, without an unfiltered copy to read back.
                    int at = section("values", i16 ? "i16" : "i32", v.length, v.length * width);
                    filtered(codes, bytes.array(), at, v.length, width, columns);
                    prefiltered = true;
                } else {
                    ByteBuffer b = buffer(v.length * width);
                    for (int i = 0; i < v.length; i++) if (i16) b.putShort((short) codes.at(i)); else b.putInt(codes.at(i));
                    section("values", i16 ? "i16" : "i32", b, v.length);
                }
                return;
            }
        }
        ByteBuffer b = buffer(v.length * 8);
        for (double x : v) b.putDouble(x);
        descriptor.put("valueType", "f64");
        section("values", "f64", b, v.length);
    }

    /** The least and greatest scaled value, rounded, over the non-missing values (in parts at once when many). */
    private static long[] range(double[] v, double scale) {
        int[] parts = v.length < PARALLEL_MIN ? new int[] {0, v.length} : Chunks.cuts(v.length);
        return IntStream.range(0, parts.length - 1).parallel().mapToObj(k -> {
            long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
            for (int i = parts[k]; i < parts[k + 1]; i++) {
                double x = v[i];
                if (!Double.isNaN(x)) { long r = Math.round(x * scale); lo = Math.min(lo, r); hi = Math.max(hi, r); }
            }
            return new long[] {lo, hi};
        }).reduce((a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])}).orElseThrow();
    }

    /** Cell i's integer as sent: its value times the divisor, or a sentinel for absent and missing cells. */
    private record Codes(double[] v, int[] colors, boolean sentinels, double scale, boolean i16) {
        int at(int i) {
            if (sentinels && (colors[i] >>> 24) == 0) return i16 ? I16_ABSENT : I32_ABSENT;
            double x = v[i];
            return Double.isNaN(x) ? (i16 ? I16_MISSING : I32_MISSING) : (int) Math.round(x * scale);
        }
    }

    /**
     * {@link #filter}'s output made straight from the codes, a row of them at a time: the same
     * bytes as writing the values and filtering them in place, without reading them back.
     */
    private static void filtered(Codes codes, byte[] block, int offset, int n, int width, int columns) {
        int rows = (n + columns - 1) / columns;
        int[] parts = Chunks.cuts(rows);
        // Rows in parts at once: each part starts from the codes of the row above it, recomputed.
        IntStream.range(0, parts.length - 1).parallel()
                .forEach(k -> filtered(codes, block, offset, n, width, columns, parts[k], parts[k + 1]));
    }

    private static void filtered(Codes codes, byte[] block, int offset, int n, int width, int columns, int fromRow, int toRow) {
        int[] up = new int[columns], row = new int[columns];
        if (fromRow > 0) for (int c = 0; c < columns; c++) up[c] = codes.at((fromRow - 1) * columns + c);
        for (int r = fromRow, i = fromRow * columns; r < toRow && i < n; r++) {
            for (int c = 0; c < columns && i < n; c++, i++) {
                int value = codes.at(i);
                row[c] = value;
                int left = c > 0 ? row[c - 1] : 0;
                int res = value - (c > 0 && r > 0 ? (left + up[c]) >> 1 : c > 0 ? left : up[c]);
                block[offset + i] = (byte) res;
                block[offset + n + i] = (byte) (res >> 8);
                if (width == 4) {
                    block[offset + 2 * n + i] = (byte) (res >> 16);
                    block[offset + 3 * n + i] = (byte) (res >> 24);
                }
            }
            int[] t = up; up = row; row = t;
        }
    }

    /**
     * The fewest decimal places that represent every finite value exactly, or -1 (infinities, too
     * many places). One pass: a value that needs more places raises the count for all, and a
     * value exact at d places is exact at more (k / 10^d scales to 10k / 10^(d+1)).
     */
    static int decimals(double[] v) {
        if (v.length < PARALLEL_MIN) return decimals(v, 0, v.length);
        // A value exact at d places is exact at more: the whole needs the most any part needs.
        int[] parts = Chunks.cuts(v.length);
        int[] d = IntStream.range(0, parts.length - 1).parallel().map(k -> decimals(v, parts[k], parts[k + 1])).toArray();
        return Arrays.stream(d).anyMatch(x -> x < 0) ? -1 : Arrays.stream(d).max().orElse(0);
    }

    private static int decimals(double[] v, int from, int to) {
        int d = 0;
        double scale = 1;
        for (int i = from; i < to; i++) {
            double x = v[i];
            if (Double.isNaN(x)) continue;
            if (Double.isInfinite(x)) return -1;
            while (true) {
                if (Math.abs(x * scale) > Integer.MAX_VALUE) return -1;
                if (Math.round(x * scale) / scale == x) break;
                if (++d > MAX_DECIMALS) return -1;
                scale = Math.pow(10, d);
            }
        }
        return d;
    }

    /** Distinct cell colors as a palette and one index per cell (u8 or u16), or raw RGBA past 65,536 colors. */
    private void palette(int[] colors) {
        Map<Integer, Integer> index = new LinkedHashMap<>();
        for (int c : colors) if (index.size() <= 65_536) index.putIfAbsent(c, index.size());
        descriptor.put("mode", "palette");
        if (index.size() > 65_536) {
            section("colors", "rgba", rgba(colors), colors.length);
            descriptor.put("mode", "rgba");
            return;
        }
        boolean u8 = index.size() <= 256;
        ByteBuffer b = buffer(colors.length * (u8 ? 1 : 2));
        for (int c : colors) { int k = index.get(c); if (u8) b.put((byte) k); else b.putShort((short) k); }
        section("keys", u8 ? "u8" : "u16", b, colors.length);
        int[] pal = index.keySet().stream().mapToInt(Integer::intValue).toArray();
        section("lut", "rgba", rgba(pal), pal.length);
    }

    /** 0xAARRGGBB → bytes R, G, B, A: the memory layout of canvas ImageData. */
    private static ByteBuffer rgba(int[] argb) {
        ByteBuffer b = buffer(argb.length * 4);
        for (int c : argb) b.put((byte) (c >> 16)).put((byte) (c >> 8)).put((byte) c).put((byte) (c >>> 24));
        return b;
    }

    /**
     * The block as sent: raw-deflated when that makes it more than 10 % smaller (the page's
     * bootstrap, {@code runtime/boot.js}, then inflates it), else as is. Integer values are
     * also tried {@linkplain #filter filtered} first, which neighbouring values in smooth grids
     * make much more compressible; the smaller wins. Blocks over {@link #LARGE_BLOCK} bytes are
     * deflated once, at the fast level, filtered when their values are integers, and then each
     * byte plane apart and in parallel ({@link Deflate#segments}). Lossless.
     */
    private byte[] packed(int columns) {
        int n = bytes.size();
        if (n < MIN_DEFLATE) return bytes.toByteArray();
        // Big blocks: deflate's fast level, and integer values filtered in place and tried that
        // way only (filtering never lost by much on integer grids, and a second pass or copy of
        // tens of megabytes costs seconds and memory); the page unfilters whether or not inflated.
        boolean large = n > LARGE_BLOCK;
        int level = large ? Deflater.BEST_SPEED : Deflater.DEFAULT_COMPRESSION;
        boolean integers = descriptor.get("values") instanceof Map<?, ?> s && !"f64".equals(s.get("type"));
        if (large && integers) {
            if (!prefiltered) filterValues(bytes.array(), columns);
            descriptor.put("filter", "avg-planes");
            byte[] z = Deflate.segments(bytes.array(), n, planes(), level);
            if (z.length >= n * 0.9) return bytes.toByteArray();
            deflated = true;
            return z;
        }
        byte[] raw = bytes.toByteArray();
        byte[] z = Deflate.raw(raw, 0, n, level);
        boolean filtered = false;
        if (integers) {
            byte[] f = raw.clone();
            filterValues(f, columns);
            byte[] fz = Deflate.raw(f, 0, n, level);
            if (fz.length < z.length) { z = fz; filtered = true; }
        }
        if (z.length >= raw.length * 0.9) return raw;
        deflated = true;
        if (filtered) descriptor.put("filter", "avg-planes");
        return z;
    }

    /** Where the filtered values' byte planes start and end: each is compressed on its own (see Deflate#segments). */
    private int[] planes() {
        Map<?, ?> s = (Map<?, ?>) descriptor.get("values");
        int offset = (Integer) s.get("offset"), n = (Integer) s.get("length"), width = "i16".equals(s.get("type")) ? 2 : 4;
        int[] cuts = new int[width + 1];
        for (int k = 0; k <= width; k++) cuts[k] = offset + k * n;
        return cuts;
    }

    private void filterValues(byte[] block, int columns) {
        Map<?, ?> s = (Map<?, ?>) descriptor.get("values");
        filter(block, (Integer) s.get("offset"), (Integer) s.get("length"), "i16".equals(s.get("type")) ? 2 : 4, columns);
    }

    /**
     * Rewrites a little-endian int16 or int32 values section in place, as PNG's "average" filter
     * and a byte shuffle do: each value minus the mean of its left and upper neighbours
     * ({@code (left + up) >> 1}; the left one alone in the first row, the upper one alone in the
     * first column, 0 for the first cell; wrapping integer arithmetic), then the residuals' low
     * bytes, next bytes and so on, one plane after another. {@code cells.js} undoes it exactly.
     */
    static void filter(byte[] block, int offset, int n, int width, int columns) {
        ByteBuffer in = ByteBuffer.wrap(block, offset, n * width).slice().order(ByteOrder.LITTLE_ENDIAN);
        int[] v = new int[n];
        for (int i = 0; i < n; i++) v[i] = width == 2 ? in.getShort(i * 2) : in.getInt(i * 4);
        for (int row = 0, i = 0; i < n; row++) {
            for (int c = 0; c < columns && i < n; c++, i++) {
                int left = c > 0 ? v[i - 1] : 0, up = row > 0 ? v[i - columns] : 0;
                int r = v[i] - (c > 0 && row > 0 ? (left + up) >> 1 : c > 0 ? left : up);
                block[offset + i] = (byte) r;
                block[offset + n + i] = (byte) (r >> 8);
                if (width == 4) {
                    block[offset + 2 * n + i] = (byte) (r >> 16);
                    block[offset + 3 * n + i] = (byte) (r >> 24);
                }
            }
        }
    }

    private static ByteBuffer buffer(int n) { return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN); }

    /** Appends a section 8-byte aligned, so JavaScript can view it as a typed array without copying. */
    private void section(String name, String type, ByteBuffer data, int length) {
        int at = section(name, type, length, data.position());
        System.arraycopy(data.array(), 0, bytes.array(), at, data.position());
    }

    /** Opens a section of {@code size} bytes to be written in place; returns its offset in the block. */
    private int section(String name, String type, int length, int size) {
        while (bytes.size() % 8 != 0) bytes.write(0);
        // LinkedHashMap, not Map.of: Map.of's iteration order changes from one JVM run to the next.
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", type);
        s.put("offset", bytes.size());
        s.put("length", length);
        descriptor.put(name, s);
        return bytes.reserve(size);
    }
}
