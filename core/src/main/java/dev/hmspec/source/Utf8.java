package dev.hmspec.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that remembers where it first failed. The JDK either throws without a
 * position (REPORT) or replaces silently (REPLACE); we need both the text and the position.
 */
public final class Utf8 {
    private Utf8() {}

    /**
     * @param text     the bytes decoded, each malformed sequence as U+FFFD
     * @param firstBad the character offset in {@code text} of the first U+FFFD that replaced bad bytes, or -1
     * @param badByte  the first bad byte's value (0–255), or -1
     * @param badByteOffset the first bad byte's offset in the input, or -1
     */
    public record Decoded(String text, int firstBad, int badByte, int badByteOffset) {}

    public static Decoded decode(byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int firstBad = -1, badByte = -1, badAt = -1;
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isUnderflow()) break;
            if (r.isOverflow()) { out = grow(out); continue; }
            if (firstBad < 0) {
                firstBad = out.position();
                badAt = in.position();
                badByte = bytes[badAt] & 0xFF;
            }
            out.put('\uFFFD');
            in.position(in.position() + r.length());
        }
        dec.flush(out);
        out.flip();
        return new Decoded(out.toString(), firstBad, badByte, badAt);
    }

    private static CharBuffer grow(CharBuffer b) {
        CharBuffer bigger = CharBuffer.allocate(b.capacity() * 2 + 16);
        b.flip();
        return bigger.put(b);
    }
}
