package dev.hmspec.data.npy;

import java.nio.ByteOrder;

/**
 * The element types a matrix may have: NumPy's {@code descr} strings {@code <f4 >f8 |i1 <i2 <u4 …}.
 * Float32/float64 and the integer types up to int64 and uint32 (uint64 could not travel as a double
 * exactly, and nobody hands matrices around in it).
 */
public record NpyDtype(char kind, int size, ByteOrder order) {
    /** Parses a descr; null when it is not a supported numeric type. */
    public static NpyDtype parse(String descr) {
        if (descr.length() < 3) return null;
        char o = descr.charAt(0), kind = descr.charAt(1);
        int size;
        try {
            size = Integer.parseInt(descr.substring(2));
        } catch (NumberFormatException e) {
            return null;
        }
        boolean ok = switch (kind) {
            case 'f' -> size == 4 || size == 8;
            case 'i' -> size == 1 || size == 2 || size == 4 || size == 8;
            case 'u' -> size == 1 || size == 2 || size == 4;
            default -> false;
        };
        if (!ok) return null;
        ByteOrder order;
        if (o == '<' || (o == '|' && size == 1) || (o == '=' && ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN)) {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (o == '>' || o == '=') {
            order = ByteOrder.BIG_ENDIAN;
        } else if (o == '|') {
            return null; // "not applicable" byte order on a multi-byte type
        } else {
            return null;
        }
        return new NpyDtype(kind, size, order);
    }

    /** Whether every value of this type is exact as a float32 (the page's tiles then carry float32). */
    public boolean exactInFloat32() {
        return kind == 'f' ? size == 4 : size <= 2;
    }

    public String label() {
        return (kind == 'f' ? "float" : kind == 'i' ? "int" : "uint") + size * 8;
    }
}
