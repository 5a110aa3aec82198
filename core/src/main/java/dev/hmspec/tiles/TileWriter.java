package dev.hmspec.tiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Writes one tile as a script the page loads with a {@code <script>} element, which works from
 * {@code file://} where fetch does not: {@code hmTile("id",k,tx,ty,"base64");}. The bytes are
 * little-endian planes: at level 0 the values (float32, or float64 when the source needs it);
 * above, mean, min, max and count as float32, each plane {@code w × h} row-major.
 */
public final class TileWriter {
    private TileWriter() {}

    public static Path path(Path root, int level, int tx, int ty) {
        return root.resolve("L" + level).resolve(tx + "-" + ty + ".js");
    }

    /** The script text of a tile (also what the page embeds for its coarse level, without the call). */
    public static void write(Path root, String id, int level, int tx, int ty, ByteBuffer planes) throws IOException {
        Path file = path(root, level, tx, ty);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("hmTile(\"" + id + "\"," + level + "," + tx + "," + ty + ",\"").getBytes(StandardCharsets.US_ASCII));
            OutputStream b64 = Base64.getEncoder().wrap(new NoClose(out));
            b64.write(planes.array(), 0, planes.limit());
            b64.close();
            out.write("\");\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Little-endian buffer for {@code bytes} bytes. */
    public static ByteBuffer buffer(int bytes) { return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN); }

    /** Lets the base64 wrapper finish its padding without closing the file under it. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) { super(out); }

        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override public void close() throws IOException { flush(); }
    }
}
