package dev.hmspec.syntax;

import dev.hmspec.syntax.antlr.HmspecLexer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Friendly names for token types and expected-token sets (Trino's habit): never ANTLR's raw
 * sets. Keywords print as themselves; a set that accepts any name prints "a name" instead
 * of every soft keyword; statement starts print as "a statement".
 */
final class TokenNames {
    private static final Vocabulary VOCAB = HmspecLexer.VOCABULARY;

    /** Tokens that begin a statement inside a heatmap block. */
    static final Set<Integer> STATEMENT_STARTS = Set.of(HmspecLexer.TITLE, HmspecLexer.SUBTITLE,
            HmspecLexer.DESCRIPTION, HmspecLexer.SIZE, HmspecLexer.DATA, HmspecLexer.FILTER, HmspecLexer.DERIVE,
            HmspecLexer.AGGREGATE, HmspecLexer.BIN, HmspecLexer.CORRELATE, HmspecLexer.FOLD, HmspecLexer.PIVOT,
            HmspecLexer.X, HmspecLexer.Y, HmspecLexer.COLOR, HmspecLexer.TEXT, HmspecLexer.TOOLTIP,
            HmspecLexer.INTERACT, HmspecLexer.TILES, HmspecLexer.NORMALIZE, HmspecLexer.CLUSTER,
            HmspecLexer.MASK, HmspecLexer.ANNOTATE, HmspecLexer.MARGIN, HmspecLexer.FACET, HmspecLexer.SCALES,
            HmspecLexer.THEME, HmspecLexer.PARAM);

    private TokenNames() {}

    static boolean isKeyword(int type) {
        String lit = VOCAB.getLiteralName(type);
        return lit != null && Character.isLetter(lit.charAt(1));
    }

    /** The keyword's text, e.g. "title", for a keyword token type. */
    static String keyword(int type) {
        String lit = VOCAB.getLiteralName(type);
        return lit.substring(1, lit.length() - 1);
    }

    /** The token type of a keyword's text ("title" → TITLE), or IDENT when it is no keyword. */
    static int keywordType(String text) {
        for (int t = 1; t <= VOCAB.getMaxTokenType(); t++) if (isKeyword(t) && keyword(t).equals(text)) return t;
        return HmspecLexer.IDENT;
    }

    static String describe(int type) {
        if (type == Token.EOF) return "end of file";
        return switch (VOCAB.getSymbolicName(type) == null ? "" : VOCAB.getSymbolicName(type)) {
            case "STRING" -> "a string";
            case "NUMBER" -> "a number";
            case "IDENT" -> "a name";
            case "QUOTED_FIELD" -> "a `quoted field`";
            case "RANGE_DOTS" -> "'..'";
            default -> {
                String lit = VOCAB.getLiteralName(type);
                yield lit != null ? lit : VOCAB.getDisplayName(type);
            }
        };
    }

    /** How the offending token reads in "unexpected ...". */
    static String describeFound(Token t) {
        if (t.getType() == Token.EOF) return "end of file";
        String text = t.getText();
        if (text.length() > 30) text = text.substring(0, 27) + "...";
        return switch (VOCAB.getSymbolicName(t.getType()) == null ? "" : VOCAB.getSymbolicName(t.getType())) {
            case "STRING" -> "string " + text;
            case "NUMBER" -> "number " + text;
            default -> "'" + text + "'";
        };
    }

    /** "a statement (title, data, x, ...)", "a name", "'{' or a string", ... */
    static String describeExpected(IntervalSet expected) {
        List<Integer> types = expected.toList();
        Set<String> parts = new LinkedHashSet<>();
        boolean acceptsName = types.contains(HmspecLexer.IDENT);
        boolean statements = !acceptsName && types.containsAll(STATEMENT_STARTS);
        if (statements) parts.add("a statement (title, data, x, y, color, text, tooltip, filter, derive, aggregate, …)");
        for (int t : types) {
            if (statements && STATEMENT_STARTS.contains(t)) continue;
            if (acceptsName && isKeyword(t) && t != HmspecLexer.TRUE && t != HmspecLexer.FALSE && t != HmspecLexer.NULL
                    && t != HmspecLexer.NOT) continue;
            if (t == HmspecLexer.UNTERMINATED_STRING || t == HmspecLexer.UNTERMINATED_FIELD || t == HmspecLexer.BAD_CHAR) continue;
            parts.add(describe(t));
        }
        List<String> list = new ArrayList<>(parts);
        if (list.size() > 8) list = new ArrayList<>(list.subList(0, 8));
        if (list.size() == 1) return list.get(0);
        return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
    }

    /** Keywords in an expected set, for did-you-mean on a misspelt keyword. */
    static List<String> keywords(IntervalSet expected) {
        List<String> out = new ArrayList<>();
        for (int t : expected.toList()) if (isKeyword(t)) out.add(keyword(t));
        return out;
    }
}
