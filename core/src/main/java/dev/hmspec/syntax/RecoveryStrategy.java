package dev.hmspec.syntax;

import dev.hmspec.diag.Suggest;
import dev.hmspec.diag.SyntaxMessages;
import dev.hmspec.syntax.antlr.HmspecLexer;
import dev.hmspec.syntax.antlr.HmspecParser;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery plus two repairs, so a mistake does not swallow the statement around it:
 * <ul>
 *   <li>a misspelt keyword (a name where a keyword is expected, with exactly one close
 *       keyword) is reported once with its did-you-mean and then read as that keyword, so
 *       the rest of the statement is still parsed and checked;</li>
 *   <li>a block left open (a statement keyword inside an option block, {@code heatmap} inside
 *       a view) closes there: the missing '}' is reported at the '{' that opened the block, and
 *       the statements after it parse as usual.</li>
 * </ul>
 */
final class RecoveryStrategy extends DefaultErrorStrategy {
    private final SyntaxErrorListener listener;

    RecoveryStrategy(SyntaxErrorListener listener) { this.listener = listener; }

    @Override
    public void sync(Parser p) {
        if (inErrorRecoveryMode(p)) { super.sync(p); return; }
        Token t = p.getCurrentToken();
        // Act only where the rule cannot simply end here (as ANTLR's own sync does): the
        // enclosing rule is the one that knows which keywords and blocks fit.
        IntervalSet local = p.getATN().nextTokens(p.getInterpreter().atn.states.get(p.getState()));
        if (local.contains(Token.EPSILON) || local.contains(t.getType()) || t.getType() == Token.EOF) { super.sync(p); return; }
        IntervalSet expected = expected(p);
        if (expected.contains(t.getType())) { super.sync(p); return; }
        if (t.getType() == HmspecLexer.IDENT && t instanceof WritableToken w) {
            List<String> close = Suggest.closest(t.getText(), TokenNames.keywords(expected));
            if (close.size() == 1) {
                p.notifyErrorListeners(t, "misspelt keyword", null); // the listener adds the did-you-mean
                w.setType(TokenNames.keywordType(close.get(0)));
                return;
            }
        }
        if (blockEndsHere(p.getContext(), t.getType())) return; // the loop exits; match('}') conjures it
        super.sync(p);
    }

    /** The current block cannot go on with this token, but what follows the block can. */
    private static boolean blockEndsHere(ParserRuleContext ctx, int type) {
        if (ctx instanceof HmspecParser.EncodingOptionsContext) return TokenNames.STATEMENT_STARTS.contains(type) || type == HmspecLexer.HEATMAP;
        return ctx instanceof HmspecParser.ViewContext && type == HmspecLexer.HEATMAP;
    }

    @Override
    protected void reportMissingToken(Parser p) {
        Token t = p.getCurrentToken();
        ParserRuleContext ctx = p.getContext();
        boolean closesBlock = expected(p).contains(HmspecLexer.RBRACE) && t.getType() != Token.EOF
                && (ctx instanceof HmspecParser.EncodingOptionsContext || ctx instanceof HmspecParser.ViewContext);
        Token open = closesBlock ? ((ParserRuleContext) ctx).getToken(HmspecLexer.LBRACE, 0) == null ? null
                : ((ParserRuleContext) ctx).getToken(HmspecLexer.LBRACE, 0).getSymbol() : null;
        // A '{' the recovery itself conjured has no place in the text to point at (heatmap "a" correlate …).
        if (open == null || open.getStartIndex() < 0 || inErrorRecoveryMode(p)) { super.reportMissingToken(p); return; }
        beginErrorCondition(p);
        String block = ctx instanceof HmspecParser.EncodingOptionsContext eo && eo.getParent() instanceof HmspecParser.EncodingStmtContext s
                ? "the options of " + s.channel().getText() : "this heatmap";
        listener.add(SyntaxMessages.unclosedBlockBefore(listener.file(), AstBuilder.span(open), block,
                "'" + t.getText() + "'", t.getLine()), t);
    }

    private static IntervalSet expected(Parser p) {
        try {
            return p.getExpectedTokens();
        } catch (RuntimeException e) {
            return new IntervalSet();
        }
    }
}
