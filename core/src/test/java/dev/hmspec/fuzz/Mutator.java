package dev.hmspec.fuzz;

import dev.hmspec.syntax.antlr.HmspecLexer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of spec text: the same seed always gives the same bytes. Token and line edits
 * (delete, duplicate, swap, insert keywords), edge numbers, deep nesting, long chains, huge
 * repetition, random and non-UTF-8 bytes, truncation. Sizes stay bounded so a mutant is cheap.
 */
final class Mutator {
    /** Kinds of mutation, for the coverage count the test prints. */
    enum Kind { DELETE_TOKEN, DUPLICATE_TOKEN, SWAP_TOKENS, DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, INSERT_KEYWORD,
        EDGE_NUMBER, DEEP_NESTING, LONG_CHAIN, REPEAT_LINE, RANDOM_BYTES, NON_UTF8, TRUNCATE, REPLACE_TOKEN, PUNCTUATION }

    static final List<String> EDGE_NUMBERS = List.of("1e400", "-1e400", "1e-400", "1e308", "-1e308",
            "1.7976931348623157e308", "4.9e-324", "-0", "0", "0.0", "NaN", "Infinity", "-Infinity", "9007199254740993",
            "99999999999999999999999", "2147483648", "-2147483649", "1e15", "1e16", "0.1", "-1", "1", "1e-7", "360", "-90");
    private static final int[] DEPTHS = {1, 2, 10, 50, 99, 100, 101, 150, 1000, 2000, 5000};
    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\\\n]|\\\\.)*\"|`[^`\\n]*`|[A-Za-z_][A-Za-z0-9_]*|\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|\\.\\.|==|!=|<=|>=|\\S");
    static final List<String> KEYWORDS = keywords();

    record Mutant(byte[] bytes, List<Kind> kinds) {}

    private Mutator() {}

    static Mutant mutate(String spec, long seed) {
        Random r = new Random(seed);
        String text = spec;
        List<Kind> kinds = new ArrayList<>();
        byte[] bytes = null;
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            Kind k = Kind.values()[r.nextInt(Kind.values().length)];
            kinds.add(k);
            if (k == Kind.RANDOM_BYTES || k == Kind.NON_UTF8 || k == Kind.TRUNCATE) {
                bytes = bytes(bytes == null ? text.getBytes(StandardCharsets.UTF_8) : bytes, k, r);
            } else if (bytes == null) {
                text = edit(text, k, r);
            }
        }
        return new Mutant(bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8), kinds);
    }

    private static String edit(String text, Kind k, Random r) {
        List<int[]> tokens = tokens(text);
        String[] lines = text.split("\n", -1);
        if (tokens.isEmpty()) return text;
        int[] a = tokens.get(r.nextInt(tokens.size()));
        int[] b = tokens.get(r.nextInt(tokens.size()));
        String ta = text.substring(a[0], a[1]);
        switch (k) {
            case DELETE_TOKEN: return splice(text, a, "");
            case DUPLICATE_TOKEN: return splice(text, a, ta + " " + ta);
            case SWAP_TOKENS: return swap(text, a, b);
            case DELETE_LINE: return joinWithout(lines, r.nextInt(lines.length), 1);
            case DUPLICATE_LINE: return repeatLine(lines, r.nextInt(lines.length), 2);
            case SWAP_LINES: {
                int i = r.nextInt(lines.length), j = r.nextInt(lines.length);
                String t = lines[i]; lines[i] = lines[j]; lines[j] = t;
                return String.join("\n", lines);
            }
            case INSERT_KEYWORD: return text.substring(0, a[0]) + KEYWORDS.get(r.nextInt(KEYWORDS.size())) + " " + text.substring(a[0]);
            case EDGE_NUMBER: {
                String num = EDGE_NUMBERS.get(r.nextInt(EDGE_NUMBERS.size()));
                int[] target = numberToken(text, tokens, r);
                return target != null && r.nextInt(4) > 0 ? splice(text, target, num) : text.substring(0, a[0]) + num + " " + text.substring(a[0]);
            }
            case DEEP_NESTING: {
                int d = DEPTHS[r.nextInt(DEPTHS.length)];
                String[] open = {"(", "not ", "- ", "{", "[", "f("};
                String[] close = {")", "", "", "}", "]", ")"};
                int w = r.nextInt(open.length);
                return splice(text, a, open[w].repeat(d) + ta + close[w].repeat(d));
            }
            case LONG_CHAIN: {
                int d = DEPTHS[r.nextInt(DEPTHS.length)];
                String[] ops = {" + ", " * ", " and ", " or ", " < ", ", "};
                String op = ops[r.nextInt(ops.length)];
                return splice(text, a, (ta + op).repeat(d) + ta);
            }
            case REPEAT_LINE: return repeatLine(lines, r.nextInt(lines.length), r.nextInt(10) == 0 ? 2000 : 20 + r.nextInt(200));
            case REPLACE_TOKEN: return splice(text, a, text.substring(b[0], b[1]));
            default: {
                String[] punct = {"\"", "`", "..", "#", "{", "}", "(", ")", "[", "]", ",", ":", "=", "\\", "\t", "\u00e9", "\u4e2d", "\uD83D\uDE00"};
                return text.substring(0, a[0]) + punct[r.nextInt(punct.length)] + text.substring(a[0]);
            }
        }
    }

    private static byte[] bytes(byte[] in, Kind k, Random r) {
        if (in.length == 0) return in;
        int at = r.nextInt(in.length);
        if (k == Kind.TRUNCATE) return java.util.Arrays.copyOf(in, at);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(in, 0, at);
        if (k == Kind.NON_UTF8) {
            byte[][] bad = {{(byte) 0xE9}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
            byte[] b = bad[r.nextInt(bad.length)];
            out.write(b, 0, b.length);
        } else {
            for (int i = 1 + r.nextInt(8); i > 0; i--) out.write(r.nextInt(256));
        }
        out.write(in, at, in.length - at);
        return out.toByteArray();
    }

    private static int[] numberToken(String text, List<int[]> tokens, Random r) {
        List<int[]> numbers = new ArrayList<>();
        for (int[] t : tokens) if (Character.isDigit(text.charAt(t[0]))) numbers.add(t);
        return numbers.isEmpty() ? null : numbers.get(r.nextInt(numbers.size()));
    }

    private static List<int[]> tokens(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            // Skip comments: mutating them changes nothing.
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            if (text.substring(lineStart, m.start()).contains("#")) continue;
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static String splice(String text, int[] t, String with) { return text.substring(0, t[0]) + with + text.substring(t[1]); }

    private static String swap(String text, int[] a, int[] b) {
        if (a[0] == b[0]) return text;
        int[] first = a[0] < b[0] ? a : b, second = a[0] < b[0] ? b : a;
        if (first[1] > second[0]) return text;
        return text.substring(0, first[0]) + text.substring(second[0], second[1]) + text.substring(first[1], second[0])
                + text.substring(first[0], first[1]) + text.substring(second[1]);
    }

    private static String joinWithout(String[] lines, int i, int count) {
        List<String> out = new ArrayList<>(List.of(lines));
        for (int c = 0; c < count && i < out.size(); c++) out.remove(i);
        return String.join("\n", out);
    }

    private static String repeatLine(String[] lines, int i, int times) {
        List<String> out = new ArrayList<>(List.of(lines));
        for (int c = 1; c < times; c++) out.add(i, lines[i]);
        return String.join("\n", out);
    }

    private static List<String> keywords() {
        List<String> out = new ArrayList<>();
        for (int t = 1; t <= HmspecLexer.VOCABULARY.getMaxTokenType(); t++) {
            String lit = HmspecLexer.VOCABULARY.getLiteralName(t);
            if (lit != null) out.add(lit.substring(1, lit.length() - 1));
        }
        return List.copyOf(out);
    }
}
