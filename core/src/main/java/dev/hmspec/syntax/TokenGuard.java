package dev.hmspec.syntax;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.SyntaxMessages;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import dev.hmspec.syntax.antlr.HmspecLexer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * One pass over the tokens before ANTLR sees them, for what a recursive-descent parser and the
 * tree walkers after it cannot survive. Checking here, not on a thread with a bigger stack,
 * keeps the limits the same on every JVM and thread (stack sizes differ) and fails in linear
 * time with a positioned error instead of a StackOverflowError. The limits are low enough that
 * parse, check, bind and layout of a spec at the limits run on a 256 KB stack (ParserLimitsTest),
 * and documented in docs/language.md.
 * <ul>
 *   <li>{@link #MAX_NESTING} levels of brackets ( [ { plus prefix operators (not, -) in a row;</li>
 *   <li>{@link #MAX_OPERATORS} operators in one filter or derive expression (a chain of
 *       {@code a + b + …} builds a tree as deep as it is long);</li>
 *   <li>numbers that do not fit a double (1e400, 1e-400) are out of range instead of infinity or 0.</li>
 * </ul>
 */
final class TokenGuard {
    static final int MAX_NESTING = 100;
    static final int MAX_OPERATORS = 300;

    /** {@code fatal}: a limit was exceeded and the file must not be parsed. */
    record Findings(List<Diagnostic> diagnostics, Set<Integer> badNumbers, boolean fatal) {}

    private TokenGuard() {}

    static Findings scan(SourceFile file, List<Token> tokens) {
        List<Diagnostic> out = new ArrayList<>();
        Set<Integer> badNumbers = new HashSet<>();
        int depth = 0, prefixRun = 0, operators = 0;
        boolean inExpression = false;
        for (Token t : tokens) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            int type = t.getType();
            if (type == HmspecLexer.NUMBER && !fits(t.getText())) {
                out.add(SyntaxMessages.numberOutOfRange(file, span(t), t.getText()));
                badNumbers.add(t.getTokenIndex());
            }
            if (type == HmspecLexer.LPAREN || type == HmspecLexer.LBRACK || type == HmspecLexer.LBRACE) depth++;
            else if ((type == HmspecLexer.RPAREN || type == HmspecLexer.RBRACK || type == HmspecLexer.RBRACE) && depth > 0) depth--;
            prefixRun = type == HmspecLexer.NOT || type == HmspecLexer.MINUS ? prefixRun + 1 : 0;
            if (depth + prefixRun > MAX_NESTING) {
                out.add(SyntaxMessages.tooDeeplyNested(file, span(t), MAX_NESTING));
                return new Findings(out, badNumbers, true);
            }
            if (type == HmspecLexer.FILTER || type == HmspecLexer.EQ) { inExpression = true; operators = 0; }
            else if (type == HmspecLexer.LBRACE || type == HmspecLexer.RBRACE || startsOtherStatement(type)) inExpression = false;
            else if (inExpression && isOperator(type) && ++operators > MAX_OPERATORS) {
                out.add(SyntaxMessages.expressionTooLong(file, span(t), MAX_OPERATORS));
                return new Findings(out, badNumbers, true);
            }
        }
        return new Findings(out, badNumbers, false);
    }

    /** A double holds it: not infinite, and not a non-zero number that underflows to 0. */
    static boolean fits(String text) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Double.isInfinite(v)) return false;
        if (v != 0) return true;
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        String mantissa = e < 0 ? text : text.substring(0, e);
        return mantissa.chars().noneMatch(c -> c >= '1' && c <= '9');
    }

    /** Statement keywords that cannot be a field inside an expression (x, y, color … can). */
    private static boolean startsOtherStatement(int type) {
        return type == HmspecLexer.HEATMAP || type == HmspecLexer.DERIVE || type == HmspecLexer.AGGREGATE
                || type == HmspecLexer.DATA || type == HmspecLexer.BIN || type == HmspecLexer.CORRELATE
                || type == HmspecLexer.FOLD || type == HmspecLexer.PIVOT || type == HmspecLexer.INTERACT
                || type == HmspecLexer.SIZE || type == HmspecLexer.TITLE || type == HmspecLexer.SUBTITLE
                || type == HmspecLexer.DESCRIPTION;
    }

    private static boolean isOperator(int type) {
        switch (type) {
            case HmspecLexer.PLUS: case HmspecLexer.MINUS: case HmspecLexer.STAR: case HmspecLexer.SLASH:
            case HmspecLexer.PERCENT: case HmspecLexer.LT: case HmspecLexer.LE: case HmspecLexer.GT:
            case HmspecLexer.GE: case HmspecLexer.EQEQ: case HmspecLexer.NEQ: case HmspecLexer.AND:
            case HmspecLexer.OR: case HmspecLexer.NOT:
                return true;
            default:
                return false;
        }
    }

    private static Span span(Token t) { return new Span(t.getStartIndex(), t.getStopIndex() + 1); }
}
