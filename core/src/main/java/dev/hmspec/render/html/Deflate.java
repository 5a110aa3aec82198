package dev.hmspec.render.html;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.Deflater;

/**
 * Raw deflate (RFC 1951, no zlib or gzip wrapper): the format the page inflates with the
 * browser's own {@code DecompressionStream("deflate-raw")}, so no decoder ships in the page.
 */
final class Deflate {
    private Deflate() {}

    static byte[] raw(byte[] data, int level) { return raw(data, 0, data.length, level); }

    static byte[] raw(byte[] data, int offset, int length, int level) {
        Deflater d = new Deflater(level, true);
        try {
            d.setInput(data, offset, length);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length / 3));
            byte[] buf = new byte[64 * 1024];
            while (!d.finished()) out.write(buf, 0, d.deflate(buf));
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    /** Bytes of a segment's start that decide its strategy. */
    static final int SAMPLE = 1 << 18;

    /**
     * One raw deflate stream of {@code data[0, length)} cut at {@code cuts} (increasing offsets
     * inside it), the segments compressed in parallel, each with the strategy that wins on its
     * first {@link #SAMPLE} bytes: Huffman codes alone (no match search, so faster, and
     * as small on noise such as the low byte planes of a grid's values) or the usual matching. The
     * segments join as pigz joins them: all but the last end with a sync flush (an empty stored
     * block, byte-aligned, not final), so any inflater reads them as one stream.
     */
    static byte[] segments(byte[] data, int length, int[] cuts, int level) {
        int[] bounds = IntStream.concat(IntStream.concat(IntStream.of(0), IntStream.of(cuts)), IntStream.of(length))
                .distinct().sorted().toArray();
        int parts = bounds.length - 1;
        List<byte[]> out = IntStream.range(0, parts).parallel()
                .mapToObj(k -> segment(data, bounds[k], bounds[k + 1] - bounds[k], level, k == parts - 1)).toList();
        ByteArrayOutputStream joined = new ByteArrayOutputStream(out.stream().mapToInt(b -> b.length).sum());
        for (byte[] b : out) joined.write(b, 0, b.length);
        return joined.toByteArray();
    }

    private static byte[] segment(byte[] data, int offset, int length, int level, boolean last) {
        int strategy = Deflater.DEFAULT_STRATEGY;
        if (length > SAMPLE) {
            long matched = compress(data, offset, SAMPLE, level, Deflater.DEFAULT_STRATEGY, true).length;
            long huffman = compress(data, offset, SAMPLE, level, Deflater.HUFFMAN_ONLY, true).length;
            if (huffman <= matched) strategy = Deflater.HUFFMAN_ONLY;
        }
        return compress(data, offset, length, level, strategy, last);
    }

    private static byte[] compress(byte[] data, int offset, int length, int level, int strategy, boolean last) {
        Deflater d = new Deflater(level, true);
        try {
            d.setStrategy(strategy);
            d.setInput(data, offset, length);
            if (last) d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length / 2));
            byte[] buf = new byte[64 * 1024];
            while (true) {
                int k = last ? d.deflate(buf) : d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
                out.write(buf, 0, k);
                if (last ? d.finished() : k < buf.length && d.needsInput()) break;
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }
}
