package dev.hmspec.check;

import dev.hmspec.ast.DataOption;
import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.source.SourceFile;
import java.util.List;

/** {@code data sql … refresh 30s} (embed12b): a unit hmspec knows, at least 1 s, on a SQL source only. */
final class RefreshRules {
    private RefreshRules() {}

    static void check(SourceFile f, View view, List<Diagnostic> out) {
        for (Statement.Data d : view.all(Statement.Data.class)) {
            for (DataOption o : d.options()) {
                if (!(o instanceof DataOption.Refresh r)) continue;
                String amount = r.amount() == Math.rint(r.amount()) && r.amount() < 1e15 ? String.valueOf((long) r.amount())
                        : String.valueOf(r.amount());
                if (!(d.source() instanceof DataSource.Sql)) {
                    out.add(LiveMessages.notSql(f, r.span(), d.source() instanceof DataSource.File ? "a file" : "inline values"));
                } else if (r.unit().isEmpty()) {
                    out.add(LiveMessages.missingUnit(f, r.span(), amount));
                } else if (r.seconds().isEmpty()) {
                    out.add(LiveMessages.unknownUnit(f, r.span(), r.unit().get()));
                } else if (r.seconds().getAsDouble() < LiveMessages.MIN_SECONDS) {
                    out.add(LiveMessages.tooFast(f, r.span(), amount + r.unit().get()));
                }
            }
        }
    }
}
