package dev.hmspec.scene;

/** A filled rectangle; stroke is drawn when strokeWidth > 0. Alpha 0 fill means no fill. */
public record Rect(double x, double y, double width, double height, int fill, int stroke,
                   double strokeWidth, String role) implements Node {}
