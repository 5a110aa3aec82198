package dev.hmspec.tiles;

import java.util.List;

/**
 * A matrix too large to draw whole: its pyramid and its axis labels (row and column keys:
 * 0 … n-1, or the lines of the sidecar label files). The bind stage makes it; the compiler
 * turns it into a {@code TiledGrid}.
 */
public record TiledMatrix(Pyramid pyramid, List<String> columnLabels, List<String> rowLabels, boolean integerKeys) {
    public TiledMatrix {
        columnLabels = List.copyOf(columnLabels);
        rowLabels = List.copyOf(rowLabels);
    }
}
