package dev.hmspec.render.html;

import java.io.ByteArrayOutputStream;
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
}
