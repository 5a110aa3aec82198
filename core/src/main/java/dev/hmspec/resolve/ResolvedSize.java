package dev.hmspec.resolve;

/**
 * How big the chart is: the whole chart fixed ({@code size W x H}), each cell fixed
 * ({@code size cell W x H}), or automatic; {@code explicit} says whether the spec wrote it
 * ({@code size auto} lets the page fill its container).
 */
public record ResolvedSize(Kind kind, double width, double height, boolean explicit) {
    public enum Kind { FIXED, CELL, AUTO }

    public static final ResolvedSize DEFAULT = new ResolvedSize(Kind.AUTO, 0, 0, false);
}
