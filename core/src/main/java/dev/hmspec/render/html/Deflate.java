package dev.hmspec.render.html;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/**
 * Raw deflate (RFC 1951, no zlib or gzip wrapper): the format the page inflates with the
 * browser's own {@code DecompressionStream("deflate-raw")}, so no decoder ships in the page.
 */
final class Deflate {
    private Deflate() {}

    static byte[] raw(byte[] data, int level) {
        Deflater d = new Deflater(level, true);
        try {
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 3));
            byte[] buf = new byte[64 * 1024];
            while (!d.finished()) out.write(buf, 0, d.deflate(buf));
            return out.toByteArray();
        } finally {
            d.end();
        }
    }
}
