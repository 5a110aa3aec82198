package dev.hmspec.render.png;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A small PNG writer for ARGB pixel arrays: 8-bit RGB when every pixel is opaque, RGBA
 * otherwise, each row with the "sub" filter (cells repeat along rows, so residuals are mostly
 * zero) and deflate at a fast level. ImageIO and Batik's encoders try every filter per row
 * and spend most of a big render there; this one writes the same pixels several times faster,
 * byte for byte the same on every run (no time chunk, no metadata).
 */
public final class PngEncoder {
    private PngEncoder() {}

    static final int LEVEL = 4;
    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

    public static byte[] encode(int[] argb, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, argb.length / 2));
        try {
            encode(argb, width, height, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams do not fail
        }
        return out.toByteArray();
    }

    public static void encode(int[] argb, int width, int height, OutputStream out) throws IOException {
        if (width < 1 || height < 1 || (long) width * height != argb.length)
            throw new IllegalArgumentException("pixels do not match " + width + " x " + height);
        boolean opaque = true;
        for (int p : argb) if (p >>> 24 != 255) { opaque = false; break; }
        int channels = opaque ? 3 : 4;
        DataOutputStream o = new DataOutputStream(out);
        o.write(SIGNATURE);
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream(13);
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, (byte) (opaque ? 2 : 6), 0, 0, 0}); // depth 8, RGB or RGBA, no interlace
        chunk(o, "IHDR", ihdr.toByteArray(), 13);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(Math.max(1024, argb.length));
        Deflater deflater = new Deflater(LEVEL);
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
            byte[] row = new byte[1 + width * channels], raw = new byte[width * channels];
            row[0] = 1; // filter type Sub: each byte minus the byte one pixel to the left
            for (int y = 0; y < height; y++) {
                int base = y * width;
                for (int x = 0, j = 0; x < width; x++) {
                    int p = argb[base + x];
                    raw[j++] = (byte) (p >> 16);
                    raw[j++] = (byte) (p >> 8);
                    raw[j++] = (byte) p;
                    if (channels == 4) raw[j++] = (byte) (p >>> 24);
                }
                for (int j = 0; j < raw.length; j++) row[1 + j] = (byte) (raw[j] - (j >= channels ? raw[j - channels] : 0));
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        byte[] data = idat.toByteArray();
        chunk(o, "IDAT", data, data.length);
        chunk(o, "IEND", new byte[0], 0);
        o.flush();
    }

    private static void chunk(DataOutputStream o, String type, byte[] data, int length) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        o.writeInt(length);
        o.write(t);
        o.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, 0, length);
        o.writeInt((int) crc.getValue());
    }
}
