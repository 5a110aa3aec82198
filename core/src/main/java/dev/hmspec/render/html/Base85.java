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
        char[] chunk = new char[5 * 4096];
        int used = 0;
        for (int i = 0; i < b.length; i += 4) {
            int n = Math.min(4, b.length - i);
            long v = 0;
            for (int k = 0; k < 4; k++) v = v << 8 | (k < n ? b[i + k] & 0xFF : 0);
            for (int k = 4; k >= 0; k--) { chunk[used + k] = DIGITS.charAt((int) (v % 85)); v /= 85; }
            used += n + 1;
            if (used > chunk.length - 5) { out.write(chunk, 0, used); used = 0; }
        }
        out.write(chunk, 0, used);
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
