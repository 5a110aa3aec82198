package dev.hmspec.data.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A .npz (numpy.savez_compressed) is read as the .npy inside it, inflated as it streams. */
class NpzArrayTest {
    @TempDir Path dir;

    static Path fixture(String name) throws Exception { return Paths.get(NpzArrayTest.class.getResource("/npy/" + name).toURI()); }

    void zip(Path out, String... entries) throws Exception {
        byte[] npy = Files.readAllBytes(fixture("m_le_f4.npy"));
        try (OutputStream o = Files.newOutputStream(out); ZipOutputStream z = new ZipOutputStream(o)) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write(npy);
                z.closeEntry();
            }
        }
    }

    @Test
    void open_reads_the_one_array_of_a_npz_as_its_npy_gives_it() throws Exception {
        zip(dir.resolve("m.npz"), "arr_0.npy");
        try (NpyReader a = NpyReader.open(fixture("m_le_f4.npy")); NpyReader b = NpyReader.open(dir.resolve("m.npz"))) {
            assertEquals(a.header(), b.header());
            assertEquals(a.header(), NpyReader.header(dir.resolve("m.npz")));
            double[] x = new double[a.columns()], y = new double[b.columns()];
            for (int r = 0; r < a.rows(); r++) {
                a.readRow(x);
                b.readRow(y);
                assertArrayEquals(x, y);
            }
        }
    }

    @Test
    void a_npz_of_several_arrays_is_refused_naming_them() throws Exception {
        zip(dir.resolve("two.npz"), "a.npy", "b.npy");
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> NpyReader.open(dir.resolve("two.npz")));
        assertEquals("npz", e.field());
        assertTrue(e.getMessage().contains("holds 2: a.npy, b.npy"), e.getMessage());
    }
}
