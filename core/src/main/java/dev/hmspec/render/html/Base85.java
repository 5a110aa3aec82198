package dev.hmspec.render.html;

/**
 * Bytes as text for the page's binary script elements: each 4 bytes (big-endian) become 5
 * base-85 digits, a final 1 to 3 bytes become 2 to 4 digits (as in Ascii85, without its
 * shortcuts): 25 % larger than the bytes where base64 is 33 %. The digits are printable ASCII
 * without {@code < > & " ' \ ` - /}, so a block can never end or alter its script element and
 * reads the same in any HTML context. {@code runtime/boot.js} decodes it with the same digits.
 */
final class Base85 {
    private Base85() {}

    static final String DIGITS = "!#$%()*+,.0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~";

    static String encode(byte[] b) {
        java.io.StringWriter s = new java.io.StringWriter(b.length / 4 * 5 + 5);
        try {
            encode(b, s);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return s.toString();
    }

    /** Streams the digits to {@code out} in chunks, never holding the whole text. */
    static void encode(byte[] b, java.io.Writer out) throws java.io.IOException {
        byte[] chunk = new byte[5 * 4096];
        char[] text = new char[chunk.length];
        for (int i = 0; i < b.length; i += 4096 * 4) {
            int n = digits(b, i, Math.min(b.length, i + 4096 * 4), chunk);
            for (int k = 0; k < n; k++) text[k] = (char) chunk[k];
            out.write(text, 0, n);
        }
    }

    /**
     * Streams the digits to {@code out} as ASCII bytes: for big blocks, where a Writer's
     * character encoding would cost as much as the digits themselves.
     */
    static void encode(byte[] b, java.io.OutputStream out) throws java.io.IOException {
        byte[] chunk = new byte[5 * 16384];
        for (int i = 0; i < b.length; i += 16384 * 4) out.write(chunk, 0, digits(b, i, Math.min(b.length, i + 16384 * 4), chunk));
    }

    private static final byte[] ASCII = DIGITS.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The digits of {@code b[from, to)} into {@code out}; {@code from} is a multiple of 4. Returns their count. */
    private static int digits(byte[] b, int from, int to, byte[] out) {
        int o = 0, i = from;
        for (; i + 4 <= to; i += 4, o += 5) {
            long v = ((b[i] & 0xFFL) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            long q = v / 85;
            out[o + 4] = ASCII[(int) (v - q * 85)];
            v = q / 85;
            out[o + 3] = ASCII[(int) (q - v * 85)];
            q = v / 85;
            out[o + 2] = ASCII[(int) (v - q * 85)];
            v = q / 85;
            out[o + 1] = ASCII[(int) (q - v * 85)];
            out[o] = ASCII[(int) v];
        }
        int n = to - i;
        if (n > 0) { // the last 1 to 3 bytes, zero-padded: their first n + 1 digits
            long v = 0;
            for (int k = 0; k < 4; k++) v = v << 8 | (k < n ? b[i + k] & 0xFF : 0);
            byte[] five = new byte[5];
            for (int k = 4; k >= 0; k--) { five[k] = ASCII[(int) (v % 85)]; v /= 85; }
            System.arraycopy(five, 0, out, o, n + 1);
            o += n + 1;
        }
        return o;
    }

    static byte[] decode(String s) {
        int full = s.length() / 5, rest = s.length() % 5;
        byte[] out = new byte[full * 4 + Math.max(0, rest - 1)];
        for (int i = 0, o = 0; i < s.length(); i += 5) {
            long v = 0;
            for (int k = 0; k < 5; k++) v = v * 85 + (i + k < s.length() ? DIGITS.indexOf(s.charAt(i + k)) : 84);
            for (int k = 0; k < 4 && o < out.length; k++) out[o++] = (byte) (v >>> 24 - 8 * k);
        }
        return out;
    }
}
