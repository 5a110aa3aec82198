package dev.hmspec.syntax;

import dev.hmspec.ast.Channel;
import dev.hmspec.ast.DataOption;
import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.Name;
import dev.hmspec.ast.SpecFile;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.Transform;
import dev.hmspec.ast.View;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import dev.hmspec.syntax.antlr.HmspecParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import dev.hmspec.syntax.antlr.HmspecLexer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Parse tree → AST records. The only class that sees ANTLR contexts. A statement whose
 * subtree failed to parse is left out (its syntax error is already reported), so later
 * stages only ever see complete records.
 */
final class AstBuilder {
    private final SourceFile file;
    private final Set<Integer> badNumbers;
    private final ExprBuilder exprs = new ExprBuilder();
    private final EncodingBuilder encodings = new EncodingBuilder(this::hasBadNumber);
    private final DecorationBuilder decorations = new DecorationBuilder(exprs, encodings);

    /** {@code badNumbers}: indexes of number tokens already reported out of range; their statements are left out. */
    AstBuilder(SourceFile file, Set<Integer> badNumbers) {
        this.file = file;
        this.badNumbers = Set.copyOf(badNumbers);
    }

    SpecFile build(SpecFileContext tree) {
        List<View> views = new ArrayList<>();
        for (ViewContext v : tree.view()) {
            if (v.HEATMAP() == null) continue;
            List<Statement> statements = new ArrayList<>();
            for (StatementContext s : v.statement()) {
                Statement built = buildOrSkip(s);
                if (built != null) statements.add(built);
            }
            Optional<String> name = v.STRING() == null ? Optional.empty() : Optional.of(Literals.string(v.STRING().getText()));
            views.add(new View(name, statements, span(v), span(v.HEATMAP().getSymbol())));
        }
        return new SpecFile(file, views, FacetSyntax.layouts(tree));
    }

    private Statement buildOrSkip(StatementContext s) {
        if (hasError(s)) return null;
        try {
            return statement(s);
        } catch (RuntimeException incomplete) {
            return null; // a partial tree from error recovery; the syntax error says why
        }
    }

    /**
     * A subtree with a syntax error or an out-of-range number. A '}' the recovery supplied for an
     * unclosed block is no error here: the block's contents parsed and are worth checking.
     */
    private boolean hasError(ParserRuleContext ctx) {
        if (ctx.exception != null) return true;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            var child = ctx.getChild(i);
            if (child instanceof org.antlr.v4.runtime.tree.ErrorNode err) {
                Token t = err.getSymbol();
                if (!(t.getTokenIndex() < 0 && t.getType() == HmspecLexer.RBRACE)) return true;
            } else if (child instanceof TerminalNode n && badNumbers.contains(n.getSymbol().getTokenIndex())) {
                return true;
            } else if (child instanceof EncodingOptionContext o) {
                // An option with a bad number is left out alone (EncodingBuilder), not its statement.
                if (hasSyntaxError(o)) return true;
            } else if (child instanceof ParserRuleContext c && hasError(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code ctx} holds a number reported out of range. */
    boolean hasBadNumber(ParserRuleContext ctx) {
        for (int i = 0; i < ctx.getChildCount(); i++) {
            var child = ctx.getChild(i);
            if (child instanceof TerminalNode n && badNumbers.contains(n.getSymbol().getTokenIndex())) return true;
            if (child instanceof ParserRuleContext c && hasBadNumber(c)) return true;
        }
        return false;
    }

    /** A syntax error proper, leaving out-of-range numbers aside. */
    private boolean hasSyntaxError(ParserRuleContext ctx) {
        return new AstBuilder(file, Set.of()).hasError(ctx);
    }

    private Statement statement(StatementContext s) {
        Span span = span(s);
        if (s instanceof TitleStmtContext c) return new Statement.Title(Literals.string(c.STRING().getText()), span);
        if (s instanceof SubtitleStmtContext c) return new Statement.Subtitle(Literals.string(c.STRING().getText()), span);
        if (s instanceof DescriptionStmtContext c) return new Statement.Description(Literals.string(c.STRING().getText()), span);
        if (s instanceof SizeStmtContext c) return size(c.sizeSpec(), span);
        if (s instanceof DataStmtContext c) return data(c, span);
        if (s instanceof FilterStmtContext c) return new Transform.Filter(exprs.expr(c.expr()), span);
        if (s instanceof DeriveStmtContext c) {
            List<Transform.Assignment> as = new ArrayList<>();
            for (AssignmentContext a : c.assignment()) as.add(new Transform.Assignment(name(a.name()), exprs.expr(a.expr()), span(a)));
            return new Transform.Derive(as, span);
        }
        if (s instanceof AggregateStmtContext c) {
            List<Transform.AggregateOp> ops = new ArrayList<>();
            for (AggregateOpContext o : c.aggregateOp()) {
                Optional<Name> field = o.field() == null ? Optional.empty() : Optional.of(field(o.field()));
                ops.add(new Transform.AggregateOp(name(o.name(0)), field, name(o.name(1)), span(o)));
            }
            return new Transform.Aggregate(ops, c.fieldList() == null ? List.of() : fields(c.fieldList()), span);
        }
        if (s instanceof BinStmtContext c) return bin(c, span);
        if (s instanceof CorrelateStmtContext c) {
            return new Transform.Correlate(fields(c.fieldList()), name(c.name(0)), name(c.name(1)), name(c.name(2)), span);
        }
        if (s instanceof FoldStmtContext c) return new Transform.Fold(fields(c.fieldList()), name(c.name(0)), name(c.name(1)), span);
        if (s instanceof PivotStmtContext c) {
            return new Transform.Pivot(field(c.field(0)), field(c.field(1)),
                    c.fieldList() == null ? List.of() : fields(c.fieldList()),
                    c.name() == null ? Optional.empty() : Optional.of(name(c.name())), span);
        }
        if (s instanceof EncodingStmtContext c) return encodings.encoding(c, span);
        if (s instanceof TilesStmtContext c) {
            return new Statement.Tiles(name(c.name()), c.NUMBER() == null ? java.util.OptionalDouble.empty()
                    : java.util.OptionalDouble.of(Double.parseDouble(c.NUMBER().getText())), span);
        }
        if (s instanceof InteractStmtContext c) {
            List<Statement.Interaction> list = new ArrayList<>();
            for (InteractionContext i : c.interaction()) {
                Optional<Name> arg = i.interactionArg() == null ? Optional.empty()
                        : Optional.of(new Name(i.interactionArg().getText(), span(i.interactionArg())));
                list.add(new Statement.Interaction(name(i.name()), arg, span(i)));
            }
            return new Statement.Interact(list, span);
        }
        if (s instanceof NormalizeStmtContext || s instanceof ClusterStmtContext) return AnalysisBuilder.statement(s, span);
        Statement decoration = decorations.build(s, span);
        if (decoration != null) return decoration;
        if (s instanceof FacetStmtContext c) return FacetSyntax.facet(c, span);
        if (s instanceof ScalesStmtContext c) return FacetSyntax.scales(c, span);
        if (s instanceof ThemeStmtContext || s instanceof ParamStmtContext) return EmbedBuilder.statement(s, span);
        throw new IllegalStateException("unhandled statement " + s.getClass().getSimpleName());
    }

    private Statement size(SizeSpecContext spec, Span span) {
        if (spec instanceof FixedSizeContext f) {
            return new Statement.Size(Statement.Size.Kind.FIXED, Literals.number(f.NUMBER(0).getText()),
                    Literals.number(f.NUMBER(1).getText()), span);
        }
        if (spec instanceof CellSizeContext c) {
            double w = Literals.number(c.NUMBER(0).getText());
            double h = c.NUMBER().size() > 1 ? Literals.number(c.NUMBER(1).getText()) : w;
            return new Statement.Size(Statement.Size.Kind.CELL, w, h, span);
        }
        return new Statement.Size(Statement.Size.Kind.AUTO, 0, 0, span);
    }

    private Statement data(DataStmtContext c, Span span) {
        DataSource source;
        if (c.dataSource() instanceof FileSourceContext f) {
            source = new DataSource.File(Literals.string(f.STRING().getText()), span(f));
        } else if (c.dataSource() instanceof SqlSourceContext q) {
            source = sqlSource(q);
        } else {
            InlineSourceContext i = (InlineSourceContext) c.dataSource();
            source = new DataSource.Inline(JsonValues.value(i.jsonValue()), span(i));
        }
        List<DataOption> options = new ArrayList<>();
        for (DataOptionContext o : c.dataOption()) {
            Span os = span(o);
            if (o instanceof FormatOptionContext f) options.add(new DataOption.Format(name(f.name()), os));
            else if (o instanceof MatrixOptionContext) options.add(new DataOption.Matrix(os));
            else if (o instanceof WideOptionContext w) {
                options.add(new DataOption.Wide(name(w.name(0)),
                        w.COLUMNS() == null ? Optional.empty() : Optional.of(name(w.name(1))),
                        w.VALUE() == null ? Optional.empty() : Optional.of(name(w.name(w.name().size() - 1))), os));
            } else if (o instanceof TypesOptionContext t) {
                List<DataOption.TypeDecl> decls = new ArrayList<>();
                for (TypeDeclContext d : t.typeDecl()) {
                    decls.add(new DataOption.TypeDecl(field(d.field()), name(d.name()),
                            d.STRING() == null ? Optional.empty() : Optional.of(Literals.string(d.STRING().getText())), span(d)));
                }
                options.add(new DataOption.Types(decls, os));
            }
        }
        RefreshClauseContext r = c.refreshClause(); // embed12b: live SQL sources
        if (r != null) options.add(new DataOption.Refresh(Double.parseDouble(r.NUMBER().getText()),
                r.IDENT() == null ? Optional.empty() : Optional.of(r.IDENT().getText()), span(r)));
        return new Statement.Data(source, options, span);
    }

    private Statement bin(BinStmtContext c, Span span) {
        OptionalInt maxbins = OptionalInt.empty();
        OptionalDouble step = OptionalDouble.empty();
        for (BinOptionContext o : c.binOption()) {
            if (o instanceof MaxbinsOptionContext m) maxbins = OptionalInt.of((int) Literals.number(m.NUMBER().getText()));
            if (o instanceof StepOptionContext st) step = OptionalDouble.of(Literals.number(st.NUMBER().getText()));
        }
        return new Transform.Bin(field(c.field()), maxbins, step, name(c.name()), span);
    }

    // ---- small shared pieces (package-private for the other builders) ------------------

    static Name name(NameContext n) { return new Name(n.getText(), span(n)); }

    static Name field(FieldContext f) {
        if (f.QUOTED_FIELD() != null) return new Name(Literals.quotedField(f.QUOTED_FIELD().getText()), span(f));
        return name(f.name());
    }

    static List<Name> fields(FieldListContext list) {
        List<Name> out = new ArrayList<>();
        for (FieldContext f : list.field()) out.add(field(f));
        return out;
    }

    /** {@code sql "url"|connection "name" query "…"|table "t"}; a token lost to recovery reads as "". */
    private DataSource.Sql sqlSource(SqlSourceContext q) {
        Token target = q.conn != null ? q.conn : q.url;
        Token relation = q.table != null ? q.table : q.query;
        return new DataSource.Sql(text(target, q), q.conn != null, text(relation, q), q.table != null, span(q));
    }

    private static DataSource.Text text(Token t, ParserRuleContext around) {
        if (t == null || t.getStartIndex() < 0) return new DataSource.Text("", span(around));
        return new DataSource.Text(Literals.string(t.getText()), span(t));
    }

    static Span span(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = realStop(ctx);
        int s = start.getStartIndex();
        int e = stop == null || stop.getStopIndex() < s ? s : stop.getStopIndex() + 1;
        return new Span(Math.max(0, s), Math.max(Math.max(0, s), e));
    }

    /** The last token of {@code ctx} that is in the text (not a '}' the recovery supplied). */
    private static Token realStop(ParserRuleContext ctx) {
        Token stop = ctx.getStop();
        if (stop == null || stop.getTokenIndex() >= 0) return stop;
        for (int i = ctx.getChildCount() - 1; i >= 0; i--) {
            var child = ctx.getChild(i);
            if (child instanceof TerminalNode n && n.getSymbol().getTokenIndex() >= 0) return n.getSymbol();
            if (child instanceof ParserRuleContext c && c.getStop() != null) {
                Token t = realStop(c);
                if (t != null && t.getTokenIndex() >= 0) return t;
            }
        }
        return ctx.getStart();
    }

    static Span span(Token t) { return new Span(t.getStartIndex(), t.getStopIndex() + 1); }

    static Span span(TerminalNode n) { return span(n.getSymbol()); }

    /** By token type, not text: a misspelt keyword the recovery read as a channel keeps its own text. */
    static Channel channel(ChannelContext c) {
        String keyword = TokenNames.keyword(c.getStart().getType());
        return Channel.valueOf(keyword.toUpperCase(java.util.Locale.ROOT));
    }

    static double signedNumber(SignedNumberContext n) {
        double v = Literals.number(n.NUMBER().getText());
        return n.MINUS() != null ? -v : v;
    }
}
