package dev.hmspec.scene;

/**
 * One line of text at (x, y). The text is raw user/data text: renderers escape it.
 * {@code angle} in degrees, rotating around (x, y), clockwise positive (SVG convention).
 */
public record Text(double x, double y, String text, double fontSize, boolean bold, Anchor anchor,
                   Baseline baseline, double angle, int color, String role) implements Node {
    public Text { if (text == null) throw new NullPointerException("text"); }

    public enum Anchor { START, MIDDLE, END }
    public enum Baseline { TOP, MIDDLE, ALPHABETIC, BOTTOM }
}
