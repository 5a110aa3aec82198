package dev.hmspec.compile;

import dev.hmspec.layout.Center;
import dev.hmspec.resolve.ResolvedSize;

/**
 * The grid's size from the spec's {@code size}: cells of a fixed size, automatic cells (at most
 * 40 px, the grid at most about 720 × 520), or whatever a chart of fixed size leaves after its
 * sides, even when that makes cells narrower than a pixel: the chart keeps the size asked for
 * (legend included) and the page zooms to single cells.
 */
record GridCenter(ResolvedSize size, int columns, int rows) implements Center {
    GridCenter {
        columns = Math.max(1, columns);
        rows = Math.max(1, rows);
    }

    private double autoCell() { return Math.min(40, Math.min(720.0 / columns, 520.0 / rows)); }

    @Override public double width(double available) {
        return switch (size.kind()) {
            case FIXED -> Math.max(1, available);
            case CELL -> columns * size.width();
            case AUTO -> columns * autoCell();
        };
    }

    @Override public double height(double available) {
        return switch (size.kind()) {
            case FIXED -> Math.max(1, available);
            case CELL -> rows * size.height();
            case AUTO -> rows * autoCell();
        };
    }
}
