package dev.hmspec.scene;

import java.util.List;

/**
 * Everything a renderer needs: size, background, the drawable tree, and per-view metadata
 * the interactive runtime uses. {@code title} and {@code description} feed the document
 * title and accessibility labels.
 */
public record Scene(double width, double height, int background, String title, String description,
                    List<Node> nodes, List<ViewInfo> views, Style style, List<Control> controls) {
    public Scene {
        nodes = List.copyOf(nodes); views = List.copyOf(views);
        if (style == null) style = Style.LIGHT;
        controls = controls == null ? List.of() : List.copyOf(controls);
    }

    /** A scene in the default (light) style. */
    public Scene(double width, double height, int background, String title, String description,
                 List<Node> nodes, List<ViewInfo> views) {
        this(width, height, background, title, description, nodes, views, Style.LIGHT, List.of());
    }

    public Scene withStyle(Style s) { return new Scene(width, height, background, title, description, nodes, views, s, controls); }

    public Scene withControls(List<Control> c) { return new Scene(width, height, background, title, description, nodes, views, style, c); }
}
