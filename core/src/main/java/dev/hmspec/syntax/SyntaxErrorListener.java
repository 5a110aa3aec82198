package dev.hmspec.syntax;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.diag.Suggest;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import dev.hmspec.syntax.antlr.HmspecLexer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR syntax errors into diagnostics with friendly expected-token names, targeted
 * messages for common mistakes, and did-you-mean for misspelt keywords. Recovery is bounded:
 * after {@link #LIMIT} errors the rest are dropped with one note, and a second error on the
 * same token is suppressed.
 */
final class SyntaxErrorListener extends BaseErrorListener {
    static final int LIMIT = 20;

    private final SourceFile file;
    private final CommonTokenStream tokens;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<Integer> reportedOffsets = new HashSet<>();
    private int count;

    SyntaxErrorListener(SourceFile file, CommonTokenStream tokens) {
        this.file = file;
        this.tokens = tokens;
    }

    List<Diagnostic> diagnostics() { return diagnostics; }

    SourceFile file() { return file; }

    /** Adds a diagnostic made elsewhere (the recovery strategy) for token {@code t}, within the same limit. */
    void add(Diagnostic d, Token t) {
        if (!reportedOffsets.add(t.getStartIndex())) return;
        if (++count > LIMIT) {
            if (count == LIMIT + 1) diagnostics.add(Messages.tooManySyntaxErrors(file, d.span(), LIMIT));
            return;
        }
        diagnostics.add(d);
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int col,
                            String msg, RecognitionException e) {
        if (!(offendingSymbol instanceof Token t) || !(recognizer instanceof Parser parser)) return;
        int start = t.getType() == Token.EOF ? endOfText() : t.getStartIndex();
        if (!reportedOffsets.add(start)) return;
        if (++count > LIMIT) {
            if (count == LIMIT + 1) diagnostics.add(Messages.tooManySyntaxErrors(file, spanOf(t, start), LIMIT));
            return;
        }
        diagnostics.add(describe(parser, t, start));
    }

    private Diagnostic describe(Parser parser, Token t, int start) {
        Span span = spanOf(t, start);
        switch (t.getType()) {
            case HmspecLexer.UNTERMINATED_STRING: return Messages.unterminatedString(file, span);
            case HmspecLexer.UNTERMINATED_FIELD: return Messages.unterminatedField(file, span);
            case HmspecLexer.BAD_CHAR: return Messages.badCharacter(file, span, t.getText());
            default: break;
        }
        IntervalSet expected = expectedTokens(parser);
        if (t.getType() == Token.EOF && expected.contains(HmspecLexer.RBRACE)) {
            return Messages.unclosedBlock(file, span, unclosedBraceLine());
        }
        if (t.getType() == HmspecLexer.IDENT && t.getText().matches("x\\d+(\\.\\d+)?")
                && previousType(t) == HmspecLexer.NUMBER) {
            return Messages.sizeWithoutSpaces(file, span, t.getText());
        }
        Optional<String> help = Optional.empty();
        if (t.getType() == HmspecLexer.IDENT || TokenNames.isKeyword(t.getType())) {
            help = Suggest.didYouMean(t.getText(), TokenNames.keywords(expected));
        }
        return Messages.unexpectedToken(file, span, TokenNames.describeFound(t), TokenNames.describeExpected(expected), help);
    }

    private static IntervalSet expectedTokens(Parser parser) {
        try {
            return parser.getExpectedTokens();
        } catch (RuntimeException e) {
            return new IntervalSet();
        }
    }

    private Span spanOf(Token t, int start) {
        int end = t.getType() == Token.EOF ? start : Math.max(start + 1, t.getStopIndex() + 1);
        return new Span(start, Math.min(end, file.text().length()));
    }

    /** The offset just after the last visible character, so an EOF caret sits on real text. */
    private int endOfText() {
        String text = file.text();
        int i = text.length();
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
        return i;
    }

    private int previousType(Token t) {
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token p = tokens.get(i);
            if (p.getChannel() == Token.DEFAULT_CHANNEL) return p.getType();
        }
        return Token.INVALID_TYPE;
    }

    private int unclosedBraceLine() {
        List<Token> stack = new ArrayList<>();
        for (Token tok : tokens.getTokens()) {
            if (tok.getType() == HmspecLexer.LBRACE) stack.add(tok);
            else if (tok.getType() == HmspecLexer.RBRACE && !stack.isEmpty()) stack.remove(stack.size() - 1);
        }
        return stack.isEmpty() ? 1 : stack.get(0).getLine();
    }
}
