package dev.hmspec.render.svg;

/**
 * Escaping for every string that comes from the scene. The output is valid in XML and in
 * HTML (inline SVG), so {@code '} becomes {@code &#39;} rather than {@code &apos;}. Characters
 * XML 1.0 cannot hold (C0 controls other than tab/newline/return, U+FFFE/U+FFFF, lone
 * surrogates) are dropped; all other Unicode is kept as is.
 */
public final class Xml {
    private Xml() {}

    /** Escapes text content. */
    public static String text(String s) { return escape(s, false); }

    /** Escapes an attribute value; tab/newline/return become character references so they survive. */
    public static String attr(String s) { return escape(s, true); }

    static String escape(String s, boolean attribute) {
        if (s == null) return "";
        StringBuilder b = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep = replacement(c, attribute);
            if (rep == null && Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
                if (paired) {
                    if (b != null) b.append(c).append(s.charAt(i + 1));
                    i++;
                    continue;
                }
                rep = "";
            }
            if (rep != null) {
                if (b == null) b = new StringBuilder(n + 16).append(s, 0, i);
                b.append(rep);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static String replacement(char c, boolean attribute) {
        switch (c) {
            case '&': return "&amp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '"': return "&quot;";
            case '\'': return "&#39;";
            case '\n': return attribute ? "&#10;" : null;
            case '\r': return attribute ? "&#13;" : "";
            case '\t': return attribute ? "&#9;" : null;
            default:
                if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) return "";
                return null;
        }
    }
}
