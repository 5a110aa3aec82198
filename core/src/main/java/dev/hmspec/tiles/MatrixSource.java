package dev.hmspec.tiles;

import java.io.Closeable;
import java.io.IOException;

/**
 * A matrix read one row at a time, top to bottom: what the pyramid is built from, so it never
 * needs the whole grid in memory. A .npy file is one ({@code NpyReader}); a wide CSV read row by
 * row plugs in the same way. Missing values are NaN.
 */
public interface MatrixSource extends Closeable {
    int rows();

    int columns();

    /** Whether every value is exact as a float32 (tiles at full resolution then carry float32, else float64). */
    boolean exactInFloat32();

    /** Fills {@code row} (length {@link #columns()}) with the next row's values. */
    void readRow(double[] row) throws IOException;
}
