package dev.hmspec.tiles;

import dev.hmspec.data.npy.NpyReader;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test corpora that must stay fast: the top-left corner of a .npy/.npz matrix, as .npz bytes (float64). */
public final class SmallMatrices {
    private SmallMatrices() {}

    public static byte[] corner(Path matrix, int maxRows, int maxColumns) throws Exception {
        try (NpyReader r = NpyReader.open(matrix)) {
            int rows = Math.min(maxRows, r.rows()), cols = Math.min(maxColumns, r.columns());
            StringBuilder h = new StringBuilder("{'descr': '<f8', 'fortran_order': False, 'shape': (" + rows + ", " + cols + "), }");
            while ((10 + h.length() + 1) % 64 != 0) h.append(' ');
            h.append('\n');
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("arr_0.npy"));
                zip.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) h.length(), 0});
                zip.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
                double[] row = new double[r.columns()];
                ByteBuffer b = ByteBuffer.allocate(8 * cols).order(ByteOrder.LITTLE_ENDIAN);
                for (int y = 0; y < rows; y++) {
                    r.readRow(row);
                    b.clear();
                    for (int x = 0; x < cols; x++) b.putDouble(row[x]);
                    zip.write(b.array());
                }
                zip.closeEntry();
            }
            return bytes.toByteArray();
        }
    }
}
