package dev.hmspec.render.html;

/**
 * Makes JSON safe inside an HTML {@code <script>} element. The characters replaced can only
 * occur inside JSON strings (they are never structural), so a plain text replacement keeps
 * the JSON equal in meaning while {@code </script>} and {@code <!--} can no longer appear.
 * U+2028/U+2029 are escaped for old JavaScript parsers that treat them as line ends.
 */
final class ScriptJson {
    private ScriptJson() {}

    static String escape(String json) {
        StringBuilder b = new StringBuilder(json.length() + 32);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<': b.append("\\u003c"); break;
                case '>': b.append("\\u003e"); break;
                case '&': b.append("\\u0026"); break;
                case '\u2028': b.append("\\u2028"); break;
                case '\u2029': b.append("\\u2029"); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }
}
