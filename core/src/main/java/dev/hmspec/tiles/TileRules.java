package dev.hmspec.tiles;

import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.source.SourceFile;
import java.util.List;

/** Spec-only checks of the {@code tiles} statement: a known mode, and a cell count exactly with {@code above}. */
public final class TileRules {
    private TileRules() {}

    public static void check(SourceFile f, View view, List<Diagnostic> out) {
        for (Statement.Tiles t : view.all(Statement.Tiles.class)) {
            if (!MatrixViews.applies(view) && CsvShape.form(view).isEmpty() && view.last(Statement.Data.class).isPresent()) out.add(TileMessages.tilesIgnored(f, t.span()));
            String mode = t.mode().text();
            if (!TileMessages.MODES.contains(mode)) {
                out.add(TileMessages.unknownMode(f, t.mode().span(), mode));
            } else if (mode.equals("above") != t.cells().isPresent()) {
                out.add(TileMessages.countMisplaced(f, t.span(), mode.equals("above")));
            }
        }
    }
}
