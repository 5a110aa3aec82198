package dev.hmspec.resolve;

import dev.hmspec.source.Span;

/**
 * A view's facet: one panel per value of {@code field}, laid out in a column ({@code ROW}: one
 * panel per row), a row ({@code COLUMN}) or rows of {@code columns} panels ({@code WRAP}); which
 * scales the panels share (all by default); and how many panels there are.
 */
public record ResolvedFacet(ResolvedField field, Kind kind, int columns, boolean xShared, boolean yShared,
                            boolean colorShared, int panels, Span span) {
    public enum Kind { ROW, COLUMN, WRAP }

    /** Panels per row of the grid: one for {@code facet row}, all for {@code facet column}, else the wrap. */
    public int perRow() {
        return switch (kind) {
            case ROW -> 1;
            case COLUMN -> Math.max(1, panels);
            case WRAP -> columns > 0 ? columns : (int) Math.ceil(Math.sqrt(Math.max(1, panels)));
        };
    }
}
