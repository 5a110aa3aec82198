package dev.hmspec.render.png;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
    static int[] decode(byte[] png, int w, int h) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(w, img.getWidth());
        assertEquals(h, img.getHeight());
        return img.getRGB(0, 0, w, h, null, 0, w);
    }

    @Test
    void encode_writes_opaque_pixels_that_a_standard_decoder_reads_back_exactly() throws IOException {
        Random rnd = new Random(3);
        int w = 37, h = 11;
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++) px[i] = 0xFF000000 | rnd.nextInt(1 << 24);
        assertArrayEquals(px, decode(PngEncoder.encode(px, w, h), w, h));
    }

    @Test
    void encode_keeps_alpha_when_some_pixel_is_translucent_or_transparent() throws IOException {
        int[] px = {0xFF102030, 0x00000000, 0x80FF0000, 0xFFFFFFFF, 0x40123456, 0xFF000000};
        int[] back = decode(PngEncoder.encode(px, 3, 2), 3, 2);
        for (int i = 0; i < px.length; i++) {
            if (px[i] >>> 24 == 0) assertEquals(0, back[i] >>> 24, "transparent pixel " + i);
            else assertEquals(px[i], back[i], "pixel " + i);
        }
    }

    @Test
    void encode_gives_the_same_bytes_every_time() {
        int[] px = new int[64 * 64];
        for (int i = 0; i < px.length; i++) px[i] = 0xFF000000 | i * 997;
        assertArrayEquals(PngEncoder.encode(px, 64, 64), PngEncoder.encode(px.clone(), 64, 64));
    }
}
