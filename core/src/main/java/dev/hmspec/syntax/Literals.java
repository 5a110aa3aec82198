package dev.hmspec.syntax;

/** Turns literal token text into values: strings unescaped, fields unquoted, numbers parsed. */
final class Literals {
    private Literals() {}

    static String string(String token) {
        String body = token.substring(1, token.length() - 1);
        StringBuilder b = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) { b.append(c); continue; }
            char n = body.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (i + 4 < body.length() + 0 && isHex(body, i + 1)) {
                        b.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else b.append('u');
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }

    private static boolean isHex(String s, int from) {
        if (from + 4 > s.length()) return false;
        for (int i = from; i < from + 4; i++) if (Character.digit(s.charAt(i), 16) < 0) return false;
        return true;
    }

    static String quotedField(String token) {
        return token.substring(1, token.length() - 1).replace("``", "`");
    }

    static double number(String token) {
        return Double.parseDouble(token);
    }
}
