package dev.hmspec.tiles;

import java.io.IOException;
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
        byte[] head = ("hmTile(\"" + id + "\"," + level + "," + tx + "," + ty + ",\"").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\");\n".getBytes(StandardCharsets.US_ASCII);
        // One array, one write: a tile is at most 1 MB of planes (1.4 MB of text).
        byte[] body = Base64.getEncoder().encode(java.util.Arrays.copyOf(planes.array(), planes.limit()));
        byte[] all = new byte[head.length + body.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        System.arraycopy(tail, 0, all, head.length + body.length, tail.length);
        Files.write(file, all);
    }

    /** Little-endian buffer for {@code bytes} bytes. */
    public static ByteBuffer buffer(int bytes) { return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN); }
}
