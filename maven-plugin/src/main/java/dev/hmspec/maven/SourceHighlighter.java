package dev.hmspec.maven;

import dev.hmspec.syntax.antlr.HmspecLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;

/**
 * Spec source → escaped HTML with {@code <span class="hl-…">} around keywords, strings,
 * numbers, field names in backticks and comments. It runs the language's own lexer, so the
 * colours always match the grammar; whitespace and unknown characters pass through escaped.
 */
final class SourceHighlighter {
    private SourceHighlighter() {}

    static String highlight(String source) {
        HmspecLexer lexer = new HmspecLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        Vocabulary vocabulary = lexer.getVocabulary();
        StringBuilder html = new StringBuilder(source.length() * 2);
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            String css = cssClass(vocabulary, t.getType());
            String text = Html.escape(t.getText());
            if (css == null) html.append(text);
            else html.append("<span class=\"hl-").append(css).append("\">").append(text).append("</span>");
        }
        return html.toString();
    }

    private static String cssClass(Vocabulary vocabulary, int type) {
        String symbol = vocabulary.getSymbolicName(type);
        String literal = vocabulary.getLiteralName(type);
        if (symbol == null) return null;
        if (literal != null && literal.matches("'[A-Za-z]+'")) return "kw";
        switch (symbol) {
            case "STRING": case "UNTERMINATED_STRING": return "str";
            case "NUMBER": return "num";
            case "QUOTED_FIELD": case "UNTERMINATED_FIELD": return "fld";
            case "COMMENT": return "com";
            default: return null;
        }
    }
}
