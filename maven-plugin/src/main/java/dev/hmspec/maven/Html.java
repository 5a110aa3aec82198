package dev.hmspec.maven;

/** HTML text and attribute escaping for the pages the plugin writes. */
final class Html {
    private Html() {}

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': b.append("&amp;"); break;
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '"': b.append("&quot;"); break;
                case '\'': b.append("&#39;"); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }

    /** A relative URL from a slug: each path segment percent-encoded, "/" kept. */
    static String href(String slug, String extension) {
        StringBuilder b = new StringBuilder();
        for (String part : slug.split("/")) {
            if (b.length() > 0) b.append('/');
            b.append(java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return escape(b + "." + extension);
    }
}
