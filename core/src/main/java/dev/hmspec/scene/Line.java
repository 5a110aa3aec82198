package dev.hmspec.scene;

public record Line(double x1, double y1, double x2, double y2, int color, double width, String role) implements Node {}
