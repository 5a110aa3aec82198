package dev.hmspec.data.npy;

/**
 * A .npy file that this reader cannot take: which header field is wrong (or "data" for the
 * payload), at which byte of the file, and why. {@code TileMessages} turns it
 * into a positioned diagnostic; it never reaches the user as a stack trace.
 */
public final class NpyFormatException extends Exception {
    private final String field;
    private final long offset;

    public NpyFormatException(String field, long offset, String reason) {
        super(reason);
        this.field = field;
        this.offset = offset;
    }

    /** The header field at fault: "magic", "version", "header", "descr", "fortran_order", "shape", or "data". */
    public String field() { return field; }

    /** Byte offset in the file where the problem was found. */
    public long offset() { return offset; }
}
