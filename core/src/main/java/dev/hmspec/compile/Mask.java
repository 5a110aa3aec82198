package dev.hmspec.compile;

import dev.hmspec.check.DecorationMessages;
import dev.hmspec.data.Table;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.resolve.ResolvedDecorations;
import dev.hmspec.source.SourceFile;
import dev.hmspec.transform.Compiled;
import java.util.List;

/**
 * Which cells a {@code mask} hides, per cell index. Triangles are relative to the displayed
 * order (after sorting, reversing or clustering): upper is column > row, lower column < row,
 * diagonal column == row, which needs x and y over the same categories in the same order. A
 * condition is evaluated on the row a cell shows (the last, as {@link CellData} keeps it); a cell
 * no row reaches has no fields, so no condition hides it.
 */
final class Mask {
    private Mask() {}

    /** The hidden cells, or null when there is no mask or it cannot apply (an error is then in {@code out}). */
    static boolean[] of(SourceFile f, ResolvedDecorations.Mask m, CellData cells, Table table, RowCells rows,
                        List<Diagnostic> out) {
        int nx = cells.columns(), ny = cells.rows();
        boolean[] masked = new boolean[nx * ny];
        if (m.anyTriangle()) {
            String why = notSquare(cells.xLabels(), cells.yLabels());
            if (why != null) {
                out.add(DecorationMessages.triangleNeedsSquare(f, m.triangleSpan(), m.triangles(), why));
                return null;
            }
            for (int r = 0; r < ny; r++) {
                for (int c = 0; c < nx; c++) {
                    masked[r * nx + c] = m.upper() && c > r || m.lower() && c < r || m.diagonal() && c == r;
                }
            }
        }
        for (Compiled.Bool cond : m.conditions()) {
            boolean[] hit = new boolean[masked.length];
            for (int r = 0; r < table.rowCount(); r++) {
                int i = rows.cell(r, nx);
                if (i >= 0) hit[i] = cond.f().at(r) == 1;
            }
            for (int i = 0; i < masked.length; i++) masked[i] |= hit[i];
        }
        return masked;
    }

    /** Why the two axes do not form a square matrix, or null when they do. */
    static String notSquare(List<String> x, List<String> y) {
        if (x.size() != y.size()) return "x has " + x.size() + " categories and y has " + y.size();
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).equals(y.get(i))) {
                boolean sameSet = new java.util.HashSet<>(x).equals(new java.util.HashSet<>(y));
                return (sameSet ? "their orders differ" : "their categories differ") + " at position " + (i + 1)
                        + ": x " + dev.hmspec.diag.Messages.quote(x.get(i)) + ", y " + dev.hmspec.diag.Messages.quote(y.get(i));
            }
        }
        return null;
    }
}
