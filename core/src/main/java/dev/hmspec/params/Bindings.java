package dev.hmspec.params;

import dev.hmspec.ast.Channel;
import dev.hmspec.ast.EmbedStatement.Bind;
import dev.hmspec.ast.EmbedStatement.ParamDecl;
import dev.hmspec.ast.Expr;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.Transform;
import dev.hmspec.ast.View;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.scene.Control;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code bind}: which parameters become page controls, and how. A control changes the page
 * with no server, so its parameter may only be used where the page holds what it needs: in a
 * {@code filter} that compares the color field (the cell value) with the parameter, after every
 * step that reshapes rows (aggregate, bin, correlate, fold, pivot). Such filters are left out of
 * the compiled data (the page gets every cell, colored over the whole domain, so colors stay put
 * while the control moves) and the page applies them. Anything else is a positioned error
 * saying why, with the way out.
 */
public final class Bindings {
    private Bindings() {}

    public static final List<String> CONTROLS = List.of("range", "select", "checkbox", "text");

    /** A bound parameter's filter in one view. */
    public record Bound(ParamDecl param, int view, Transform.Filter filter, String op) {}

    public static List<Bound> check(SourceFile f, List<View> views, List<ParamUse> uses, List<Diagnostic> out) {
        List<Bound> found = new ArrayList<>();
        for (int vi = 0; vi < views.size(); vi++) {
            View view = views.get(vi);
            for (ParamDecl p : view.all(ParamDecl.class)) {
                if (p.bind().isEmpty()) continue;
                Bind b = p.bind().get();
                if (!controlOk(f, p, b, out)) continue;
                String name = p.name().text();
                for (ParamUse use : uses) {
                    if (!use.name().equals(name)) continue;
                    Optional<Bound> ok = usable(f, views, use, p, out);
                    ok.ifPresent(found::add);
                }
            }
        }
        return found;
    }

    private static boolean controlOk(SourceFile f, ParamDecl p, Bind b, List<Diagnostic> out) {
        String kind = b.kind().text();
        if (!CONTROLS.contains(kind)) { out.add(ParamMessages.unknownControl(f, b.kind().span(), kind, CONTROLS)); return false; }
        List<Object> a = b.args();
        boolean number = p.value() instanceof Double;
        switch (kind) {
            case "range":
                if (!number || (a.size() != 2 && a.size() != 3) || !a.stream().allMatch(Double.class::isInstance)) {
                    out.add(ParamMessages.badControlArgs(f, b.span(), kind, "min, max and an optional step, all numbers, for a number parameter"));
                    return false;
                }
                return true;
            case "select":
                if (a.isEmpty() || a.stream().anyMatch(x -> x == null || x.getClass() != p.value().getClass())) {
                    out.add(ParamMessages.badControlArgs(f, b.span(), kind, "one or more choices of the parameter's own type"));
                    return false;
                }
                return true;
            default:
                if (!a.isEmpty()) { out.add(ParamMessages.badControlArgs(f, b.span(), kind, "no arguments")); return false; }
                return true;
        }
    }

    /** Whether this use can run in the page; an error saying why not otherwise. */
    private static Optional<Bound> usable(SourceFile f, List<View> views, ParamUse use, ParamDecl p, List<Diagnostic> out) {
        String name = p.name().text();
        if (use.inString()) {
            out.add(ParamMessages.cannotBind(f, use.span(), name, "it is written into a string, which the page draws once",
                    "remove bind, or render once per value with --param " + name + "=…"));
            return Optional.empty();
        }
        for (int vi = 0; vi < views.size(); vi++) {
            View v = views.get(vi);
            if (!inside(v.span(), use.span())) continue;
            List<Statement> st = v.statements();
            for (int i = 0; i < st.size(); i++) {
                Statement s = st.get(i);
                if (!inside(s.span(), use.span())) continue;
                if (!(s instanceof Transform.Filter flt)) {
                    out.add(ParamMessages.cannotBind(f, use.span(), name, "only filters can run in the page, not "
                            + describe(s), "remove bind, or render once per value with --param " + name + "=…"));
                    return Optional.empty();
                }
                String color = v.all(Statement.Encoding.class).stream().filter(e -> e.channel() == Channel.COLOR)
                        .map(e -> e.field().field().text()).findFirst().orElse(null);
                Optional<String> op = comparison(flt.condition(), color, name);
                if (op.isEmpty()) {
                    out.add(ParamMessages.cannotBind(f, use.span(), name, "the page holds only the cell values (" + (color == null
                            ? "no color field" : "field " + color) + "), so the filter must read " + (color == null ? "<color field>" : color)
                            + " <op> $" + name, "write the filter as a comparison of the color field with $" + name));
                    return Optional.empty();
                }
                for (int k = i + 1; k < st.size(); k++) {
                    Statement later = st.get(k);
                    if (later instanceof Transform && !(later instanceof Transform.Filter) && !(later instanceof Transform.Derive)) {
                        out.add(ParamMessages.cannotBind(f, use.span(), name, "the filter runs before " + describe(later)
                                + ", so the page does not have the rows it filters", "move the filter after " + describe(later)));
                        return Optional.empty();
                    }
                }
                return Optional.of(new Bound(p, vi, flt, op.get()));
            }
        }
        out.add(ParamMessages.cannotBind(f, use.span(), name, "it is used outside a filter",
                "remove bind, or render once per value with --param " + name + "=…"));
        return Optional.empty();
    }

    /** {@code color op $p} (or {@code $p op color}, turned around) as "op" from the cell's side. */
    private static Optional<String> comparison(Expr e, String color, String param) {
        if (color == null || !(e instanceof Expr.Binary b)) return Optional.empty();
        Set<Expr.BinaryOp> cmp = Set.of(Expr.BinaryOp.LT, Expr.BinaryOp.LE, Expr.BinaryOp.GT, Expr.BinaryOp.GE,
                Expr.BinaryOp.EQ, Expr.BinaryOp.NE);
        if (!cmp.contains(b.op())) return Optional.empty();
        if (isField(b.left(), color) && b.right() instanceof Expr.Literal) return Optional.of(b.op().symbol);
        if (isField(b.right(), color) && b.left() instanceof Expr.Literal) return Optional.of(flip(b.op()));
        return Optional.empty();
    }

    private static boolean isField(Expr e, String name) { return e instanceof Expr.Field fl && fl.name().text().equals(name); }

    private static String flip(Expr.BinaryOp op) {
        switch (op) {
            case LT: return ">";
            case LE: return ">=";
            case GT: return "<";
            case GE: return "<=";
            default: return op.symbol;
        }
    }

    private static String describe(Statement s) {
        String n = s.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        if (s instanceof Statement.Encoding e) return "the " + e.channel().keyword() + " encoding";
        if (n.equals("paramdecl")) return "a param";
        return "a " + n + " statement";
    }

    private static boolean inside(Span outer, Span inner) { return inner.start() >= outer.start() && inner.end() <= outer.end(); }

    /**
     * The view without the filters the page applies itself, and without statements that use an
     * unknown parameter (reported once, at the name, instead of again by the data they would filter).
     */
    public static View strip(View v, int index, List<Bound> bound, List<ParamUse> uses) {
        List<Statement> kept = new ArrayList<>();
        for (Statement s : v.statements()) {
            boolean drop = bound.stream().anyMatch(b -> b.view() == index && b.filter() == s)
                    || uses.stream().anyMatch(u -> !u.known() && inside(s.span(), u.span()));
            if (!drop) kept.add(s);
        }
        return kept.size() == v.statements().size() ? v : new View(v.name(), kept, v.span(), v.keywordSpan());
    }

    /** The page controls, in declaration order, one per bound use. */
    public static List<Control> controls(List<Bound> bound) {
        List<Control> out = new ArrayList<>();
        for (Bound b : bound) {
            Bind bind = b.param().bind().orElseThrow();
            out.add(new Control(b.param().name().text(), bind.kind().text(), b.param().value(), bind.args(),
                    "view-" + (b.view() + 1), "filter", b.op()));
        }
        return out;
    }
}
