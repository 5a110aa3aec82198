package dev.hmspec.render.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class DeflateSegmentsTest {
    /** Noise, then zeros, then a repeating pattern: segments that want different strategies. */
    private static byte[] mixed(int part) {
        byte[] data = new byte[3 * part + 17];
        byte[] noise = new byte[part];
        new Random(7).nextBytes(noise);
        System.arraycopy(noise, 0, data, 0, part);
        for (int i = 2 * part; i < data.length; i++) data[i] = (byte) (i % 13);
        return data;
    }

    private static byte[] inflate(byte[] z, int size) throws DataFormatException {
        Inflater inf = new Inflater(true);
        inf.setInput(z);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        byte[] buf = new byte[1 << 16];
        while (!inf.finished()) {
            int k = inf.inflate(buf);
            if (k == 0 && inf.needsInput()) break;
            out.write(buf, 0, k);
        }
        inf.end();
        return out.toByteArray();
    }

    @Test void segmentsJoinIntoOneStreamThatInflatesToTheInput() throws Exception {
        int part = Deflate.SAMPLE * 2;
        byte[] data = mixed(part);
        byte[] z = Deflate.segments(data, data.length, new int[] {part, 2 * part}, Deflater.BEST_SPEED);
        assertArrayEquals(data, inflate(z, data.length));
        // Zeros and the pattern compress to almost nothing (matching kept where it wins); the noise stays ~its size.
        assertTrue(z.length < part + part / 50, "compressed " + z.length + " of " + data.length);
    }

    @Test void cutsAtTheEndsOrRepeatedAreHarmless() throws Exception {
        byte[] data = mixed(1000);
        byte[] z = Deflate.segments(data, data.length, new int[] {0, 1000, 1000, data.length}, Deflater.BEST_SPEED);
        assertArrayEquals(data, inflate(z, data.length));
    }

    @Test void onlyTheGivenLengthIsCompressed() throws Exception {
        byte[] data = mixed(1000);
        byte[] z = Deflate.segments(data, 2500, new int[] {1200}, Deflater.BEST_SPEED);
        assertArrayEquals(java.util.Arrays.copyOf(data, 2500), inflate(z, 2500));
    }
}
