package dev.hmspec.data.npy;

import dev.hmspec.tiles.MatrixSource;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams a 2-D .npy matrix row by row (C order): one row's bytes in a buffer at a time, never
 * the whole file. Values become doubles (exact for every supported type); NaN stays NaN and means
 * "missing".
 */
public final class NpyReader implements MatrixSource {
    private final InputStream in;
    private final NpyHeader header;
    private final ByteBuffer buffer;
    private int next;

    private NpyReader(InputStream in, NpyHeader header) {
        this.in = in;
        this.header = header;
        this.buffer = ByteBuffer.allocate(Math.multiplyExact((int) header.columns(), header.dtype().size()))
                .order(header.dtype().order());
    }

    /** Opens the file and reads its header; the caller closes the reader. */
    public static NpyReader open(Path file) throws IOException, NpyFormatException {
        NpzArray npz = NpzArray.isNpz(file) ? NpzArray.open(file) : null;
        InputStream in = new BufferedInputStream(npz != null ? npz.stream() : Files.newInputStream(file), 1 << 16);
        try {
            NpyHeader h = NpyHeader.read(in);
            long expected = h.dataOffset() + h.cells() * h.dtype().size();
            long size = npz != null ? npz.size() : Files.size(file);
            if (size < expected) throw new NpyFormatException("data", size, "the file has " + size + " bytes; shape ("
                    + h.rows() + ", " + h.columns() + ") of " + h.dtype().label() + " needs " + expected);
            return new NpyReader(in, h);
        } catch (IOException | NpyFormatException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Only the header, for deciding how to draw before reading any data. */
    public static NpyHeader header(Path file) throws IOException, NpyFormatException {
        if (NpzArray.isNpz(file)) {
            try (InputStream in = new BufferedInputStream(NpzArray.open(file).stream(), 4096)) {
                return NpyHeader.read(in);
            }
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 4096)) {
            return NpyHeader.read(in);
        }
    }

    public NpyHeader header() { return header; }

    @Override public int rows() { return (int) header.rows(); }

    @Override public int columns() { return (int) header.columns(); }

    @Override public boolean exactInFloat32() { return header.dtype().exactInFloat32(); }

    @Override public void readRow(double[] row) throws IOException {
        if (next >= rows()) throw new EOFException("no row " + next);
        byte[] bytes = buffer.array();
        if (in.readNBytes(bytes, 0, bytes.length) < bytes.length) throw new EOFException("the file ends in row " + next);
        next++;
        ByteBuffer b = buffer.clear();
        int n = columns();
        NpyDtype t = header.dtype();
        switch (t.kind()) {
            case 'f':
                if (t.size() == 4) for (int i = 0; i < n; i++) row[i] = b.getFloat();
                else for (int i = 0; i < n; i++) row[i] = b.getDouble();
                break;
            case 'i':
                switch (t.size()) {
                    case 1: for (int i = 0; i < n; i++) row[i] = b.get(); break;
                    case 2: for (int i = 0; i < n; i++) row[i] = b.getShort(); break;
                    case 4: for (int i = 0; i < n; i++) row[i] = b.getInt(); break;
                    default: for (int i = 0; i < n; i++) row[i] = b.getLong(); break;
                }
                break;
            default:
                switch (t.size()) {
                    case 1: for (int i = 0; i < n; i++) row[i] = b.get() & 0xff; break;
                    case 2: for (int i = 0; i < n; i++) row[i] = b.getShort() & 0xffff; break;
                    default: for (int i = 0; i < n; i++) row[i] = b.getInt() & 0xffffffffL; break;
                }
        }
    }

    @Override public void close() throws IOException { in.close(); }
}
