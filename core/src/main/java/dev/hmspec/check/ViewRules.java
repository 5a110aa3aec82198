package dev.hmspec.check;

import dev.hmspec.ast.Channel;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.source.SourceFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each view has its data, x, y and color once; sizes are positive. */
final class ViewRules {
    /** The smallest cell and chart sizes layout handles, in pixels. */
    static final double MIN_CELL = 0.01, MIN_CHART = 1;

    private ViewRules() {}

    static void check(SourceFile f, View view, boolean complete, List<Diagnostic> out) {
        Map<String, Statement> seen = new HashMap<>();
        for (Statement s : view.statements()) {
            String key = singletonKey(s);
            if (key == null) continue;
            Statement first = seen.putIfAbsent(key, s);
            if (first != null) out.add(Messages.duplicateStatement(f, s.span(), key, f.line(first.span().start())));
        }
        if (complete) {
            if (!seen.containsKey("data")) out.add(Messages.missingStatement(f, view.keywordSpan(), "data", "data \"data/values.csv\""));
            if (!seen.containsKey("x")) out.add(Messages.missingStatement(f, view.keywordSpan(), "x encoding", "x <field>"));
            if (!seen.containsKey("y")) out.add(Messages.missingStatement(f, view.keywordSpan(), "y encoding", "y <field>"));
            if (!seen.containsKey("color")) out.add(Messages.missingStatement(f, view.keywordSpan(), "color encoding", "color <field> { scheme viridis }"));
        }
        for (Statement.Size size : view.all(Statement.Size.class)) {
            if (size.kind() == Statement.Size.Kind.AUTO) continue;
            double max = size.kind() == Statement.Size.Kind.CELL ? 500 : 20000;
            // Layout divides by the cell size: a subnormal width (4.9e-324) is "positive" but breaks it.
            double min = size.kind() == Statement.Size.Kind.CELL ? MIN_CELL : MIN_CHART;
            if (size.width() <= 0 || size.height() <= 0) out.add(Messages.badSize(f, size.span(), "width and height must be greater than 0"));
            else if (size.width() < min || size.height() < min) out.add(Messages.badSize(f, size.span(), "smaller than " + dev.hmspec.diag.Numbers.plain(min) + " pixel"));
            else if (size.width() > max || size.height() > max) out.add(Messages.badSize(f, size.span(), "larger than " + (int) max + " pixels"));
        }
        for (Statement.Encoding e : view.all(Statement.Encoding.class)) {
            if (e.channel() != Channel.TOOLTIP && e.fields().size() > 1) {
                out.add(Messages.oneFieldOnly(f, e.fields().get(1).span(), e.channel().keyword()));
            }
        }
    }

    /** Statements that may appear once per view, by the name a message uses. */
    private static String singletonKey(Statement s) {
        if (s instanceof Statement.Title) return "title";
        if (s instanceof Statement.Subtitle) return "subtitle";
        if (s instanceof Statement.Description) return "description";
        if (s instanceof Statement.Size) return "size";
        if (s instanceof Statement.Data) return "data";
        if (s instanceof Statement.Interact) return "interact";
        if (s instanceof Statement.Encoding e) return e.channel().keyword();
        return null;
    }
}
