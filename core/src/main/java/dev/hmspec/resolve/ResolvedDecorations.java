package dev.hmspec.resolve;

import dev.hmspec.source.Span;
import dev.hmspec.transform.Compiled;
import java.util.List;
import java.util.Optional;

/**
 * A view's decorations with their defaults filled in: the mask, the annotation bars (rows, then
 * columns, each in spec order) and the marginal charts.
 */
public record ResolvedDecorations(Optional<Mask> mask, List<Annotation> annotations, List<Margin> margins) {
    public ResolvedDecorations { annotations = List.copyOf(annotations); margins = List.copyOf(margins); }

    public static final ResolvedDecorations NONE = new ResolvedDecorations(Optional.empty(), List.of(), List.of());

    public boolean isEmpty() { return mask.isEmpty() && annotations.isEmpty() && margins.isEmpty(); }

    /**
     * Which cells to hide: the triangles of the displayed matrix (relative to the displayed
     * order, so after sorting or clustering) and conditions over the fields of each cell's row.
     *
     * @param conditions   the conditions compiled against the view's table: true for a row to hide
     * @param triangleSpan where the first triangle is written (for "needs a square matrix")
     */
    public record Mask(boolean upper, boolean lower, boolean diagonal, List<Compiled.Bool> conditions, Span span,
                       Span triangleSpan) {
        public Mask { conditions = List.copyOf(conditions); }

        public boolean anyTriangle() { return upper || lower || diagonal; }

        public String triangles() {
            StringBuilder b = new StringBuilder();
            if (upper) b.append("upper");
            if (lower) b.append(b.length() > 0 ? ", " : "").append("lower");
            if (diagonal) b.append(b.length() > 0 ? ", " : "").append("diagonal");
            return b.toString();
        }
    }

    /**
     * A color bar: its field per row ({@code rows}: one per y category) or per column, its colors
     * as a color scale over the field (scheme, scale, domain …), its legend's title or none.
     */
    public record Annotation(boolean rows, ResolvedField field, ResolvedColorScale color, String title, boolean legend,
                             Span span) {}

    /**
     * A bar chart on a side: the aggregate (sum, mean, count, min, max) of the grid's shown color
     * values per row (left, right) or column (top, bottom), its title and value format.
     */
    public record Margin(String side, String function, String title, Optional<String> format, Span span) {
        public boolean rows() { return side.equals("left") || side.equals("right"); }
    }
}
