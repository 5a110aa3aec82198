package dev.hmspec.syntax;

import static dev.hmspec.syntax.AstBuilder.span;

import dev.hmspec.ast.FileLayout;
import dev.hmspec.ast.Name;
import dev.hmspec.ast.Statement;
import dev.hmspec.source.Span;
import dev.hmspec.syntax.antlr.HmspecParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Facet, scales and file-level layout statements → AST records (kept apart from AstBuilder). */
final class FacetSyntax {
    private FacetSyntax() {}

    static Statement facet(FacetStmtContext c, Span span) {
        FacetSpecContext f = c.facetSpec();
        if (f instanceof FacetRowContext r)
            return new Statement.Facet(Statement.FacetKind.ROW, AstBuilder.field(r.field()), OptionalInt.empty(), span, span);
        if (f instanceof FacetColumnContext k)
            return new Statement.Facet(Statement.FacetKind.COLUMN, AstBuilder.field(k.field()), OptionalInt.empty(), span, span);
        FacetWrapContext w = (FacetWrapContext) f;
        if (w.NUMBER() == null)
            return new Statement.Facet(Statement.FacetKind.WRAP, AstBuilder.field(w.field()), OptionalInt.empty(), span, span);
        return new Statement.Facet(Statement.FacetKind.WRAP, AstBuilder.field(w.field()), count(w.NUMBER().getText()),
                span(w.NUMBER()), span);
    }

    static Statement scales(ScalesStmtContext c, Span span) {
        List<Name> names = new ArrayList<>();
        for (NameContext n : c.name()) names.add(AstBuilder.name(n));
        return new Statement.Scales(names, span);
    }

    /** The file's layout statements; one cut short by a syntax error is left out (its error says why). */
    static List<FileLayout> layouts(SpecFileContext tree) {
        List<FileLayout> out = new ArrayList<>();
        for (LayoutStmtContext l : tree.layoutStmt()) {
            if (l.exception != null || l.LAYOUT() == null) continue;
            Span s = span(l);
            if (l.ROWS() != null) out.add(new FileLayout(FileLayout.Kind.ROWS, 1, s, s));
            else if (l.COLUMNS() != null) out.add(new FileLayout(FileLayout.Kind.COLUMNS, 0, s, s));
            else if (l.NUMBER() != null) {
                out.add(new FileLayout(FileLayout.Kind.WRAP, count(l.NUMBER().getText()).orElse(-1), span(l.NUMBER()), s));
            }
        }
        return out;
    }

    /** A whole count, or -1 (reported by the checker) for a fraction or a huge number. */
    private static OptionalInt count(String text) {
        double k = Literals.number(text);
        return OptionalInt.of(k == Math.rint(k) && k < 1e6 ? (int) k : -1);
    }
}
