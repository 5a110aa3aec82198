package dev.hmspec.scene;

/**
 * A rectangle the compiler's layout placed, in absolute scene coordinates, named by its role:
 * "view" (the whole view), "header" (title and subtitle), "plot" (the center the grid sits in),
 * "grid" (the drawn cells), "axis-x", "axis-y" (labels and title), "legend". Renderers and the
 * page runtime read these instead of re-deriving positions.
 */
public record LayoutBox(String role, double x, double y, double width, double height) {}
