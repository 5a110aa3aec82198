package dev.hmspec.scene;

import java.util.List;

/**
 * Children translated by (x, y). {@code role} names what the group is ("view", "axis-x",
 * "axis-y", "legend", "title", "plot") and becomes its CSS class and data attribute.
 */
public record Group(String role, double x, double y, List<Node> children) implements Node {
    public Group { children = List.copyOf(children); }
}
