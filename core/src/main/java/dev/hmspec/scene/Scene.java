package dev.hmspec.scene;

import java.util.List;

/**
 * Everything a renderer needs: size, background, the drawable tree, and per-view metadata
 * the interactive runtime uses. {@code title} and {@code description} feed the document
 * title and accessibility labels.
 */
public record Scene(double width, double height, int background, String title, String description,
                    List<Node> nodes, List<ViewInfo> views) {
    public Scene { nodes = List.copyOf(nodes); views = List.copyOf(views); }
}
