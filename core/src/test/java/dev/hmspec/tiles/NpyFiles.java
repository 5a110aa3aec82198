package dev.hmspec.tiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes little-endian float64 .npy matrices for tests (the header as numpy.save writes it, version 1.0). */
final class NpyFiles {
    private NpyFiles() {}

    interface Cells { double at(int row, int column); }

    static void write(Path file, int rows, int columns, Cells cells) throws IOException {
        write(file, rows, columns, rows, cells);
    }

    /** A header for {@code rows} rows but only {@code writtenRows} rows of data (a truncated file). */
    static void write(Path file, int rows, int columns, int writtenRows, Cells cells) throws IOException {
        StringBuilder h = new StringBuilder("{'descr': '<f8', 'fortran_order': False, 'shape': (" + rows + ", " + columns + "), }");
        while ((10 + h.length() + 1) % 64 != 0) h.append(' ');
        h.append('\n');
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) h.length(), (byte) (h.length() >> 8)});
            out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
            ByteBuffer row = ByteBuffer.allocate(8 * columns).order(ByteOrder.LITTLE_ENDIAN);
            for (int r = 0; r < writtenRows; r++) {
                row.clear();
                for (int c = 0; c < columns; c++) row.putDouble(cells.at(r, c));
                out.write(row.array());
            }
        }
    }
}
