package dev.hmspec.data.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Files written by NumPy (src/test/resources/npy/make_fixtures.py): m[r, c] = 10r + c - 5, NaN at (1, 2) for floats. */
class NpyReaderTest {
    static Path fixture(String name) throws Exception {
        return Paths.get(NpyReaderTest.class.getResource("/npy/" + name).toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"m_le_f4.npy", "m_be_f4.npy", "m_le_f8.npy", "m_be_f8.npy", "m_i1.npy", "m_le_i2.npy",
            "m_be_i4.npy", "m_le_i8.npy", "m_u1.npy", "m_le_u2.npy", "m_be_u4.npy", "m_v2.npy", "m_v3.npy"})
    void npyReader_readRow_gives_numpys_values_row_by_row(String name) throws Exception {
        boolean unsigned = name.contains("u");
        boolean floats = name.contains("f") || name.contains("_v");
        try (NpyReader r = NpyReader.open(fixture(name))) {
            assertEquals(3, r.rows());
            assertEquals(4, r.columns());
            double[] row = new double[4];
            for (int i = 0; i < 3; i++) {
                r.readRow(row);
                double[] want = new double[4];
                for (int c = 0; c < 4; c++) want[c] = i * 10 + c - 5 + (unsigned ? 5 : 0);
                if (floats && i == 1 && !name.contains("_v")) want[2] = Double.NaN;
                assertArrayEquals(want, row, 0, name + " row " + i);
            }
        }
    }

    @Test
    void npyHeader_reads_versions_2_and_3() throws Exception {
        assertEquals(2, NpyReader.header(fixture("m_v2.npy")).major());
        assertEquals(3, NpyReader.header(fixture("m_v3.npy")).major());
        assertEquals(10 + 118, NpyReader.header(fixture("m_le_f4.npy")).dataOffset());
    }

    @Test
    void npyDtype_says_which_types_are_exact_in_float32() throws Exception {
        assertTrue(NpyReader.header(fixture("m_le_i2.npy")).dtype().exactInFloat32());
        assertTrue(!NpyReader.header(fixture("m_le_f8.npy")).dtype().exactInFloat32());
        assertTrue(!NpyReader.header(fixture("m_be_i4.npy")).dtype().exactInFloat32());
    }

    @Test
    void fortran_order_is_refused_with_the_field_and_a_way_out() throws Exception {
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> NpyReader.open(fixture("fortran.npy")));
        assertEquals("fortran_order", e.field());
        assertTrue(e.getMessage().contains("ascontiguousarray"), e.getMessage());
    }

    @Test
    void a_shape_that_is_not_2d_is_refused_naming_the_shape() throws Exception {
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> NpyReader.open(fixture("three_d.npy")));
        assertEquals("shape", e.field());
        assertTrue(e.getMessage().startsWith("shape (2, 3, 4) has 3 dimensions"), e.getMessage());
        e = assertThrows(NpyFormatException.class, () -> NpyReader.open(fixture("one_d.npy")));
        assertTrue(e.getMessage().startsWith("shape (5,) has 1 dimension;"), e.getMessage());
    }

    @Test
    void an_unsupported_element_type_is_refused_naming_descr() throws Exception {
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> NpyReader.open(fixture("complex.npy")));
        assertEquals("descr", e.field());
        assertTrue(e.getMessage().contains("'<c8'"), e.getMessage());
    }

    static NpyFormatException malformed(String dict) {
        byte[] text = dict.getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[10 + text.length];
        byte[] lead = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) text.length, 0};
        System.arraycopy(lead, 0, file, 0, 10);
        System.arraycopy(text, 0, file, 10, text.length);
        return assertThrows(NpyFormatException.class, () -> NpyHeader.read(new ByteArrayInputStream(file)));
    }

    @Test
    void malformed_headers_name_the_field_and_its_byte_offset() {
        NpyFormatException e = malformed("{'descr': '<f4', 'fortran_order': False, 'shape': (3, x), }");
        assertEquals("shape", e.field());
        assertEquals(10 + 54, e.offset());
        e = malformed("{'descr': '<f4', 'shape': (3, 4), }");
        assertEquals("fortran_order", e.field());
        assertTrue(e.getMessage().contains("no 'fortran_order' entry"));
        e = malformed("{'descr': 5, 'fortran_order': False, 'shape': (3, 4), }");
        assertEquals("descr", e.field());
        e = malformed("{'descr': '<f4' 'fortran_order': False}");
        assertEquals("header", e.field());
    }

    @Test
    void a_file_that_is_not_npy_or_is_cut_short_is_refused() throws Exception {
        NpyFormatException e = assertThrows(NpyFormatException.class,
                () -> NpyHeader.read(new ByteArrayInputStream("row,col\n".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("magic", e.field());
        byte[] v9 = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 9, 0, 0, 0};
        e = assertThrows(NpyFormatException.class, () -> NpyHeader.read(new ByteArrayInputStream(v9)));
        assertEquals("version", e.field());
        Path cut = java.nio.file.Files.createTempFile("cut", ".npy");
        try {
            byte[] whole = java.nio.file.Files.readAllBytes(fixture("m_le_f8.npy"));
            java.nio.file.Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 8));
            e = assertThrows(NpyFormatException.class, () -> NpyReader.open(cut));
            assertEquals("data", e.field());
        } finally {
            java.nio.file.Files.delete(cut);
        }
    }
}
