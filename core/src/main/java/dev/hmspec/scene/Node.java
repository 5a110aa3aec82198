package dev.hmspec.scene;

/**
 * A drawable element of the scene. The scene is the contract between the compiler and the
 * renderers: renderers never look at the AST or the data table. Colors are packed
 * 0xAARRGGBB ints; coordinates are CSS pixels from the top-left of the enclosing group.
 */
public sealed interface Node permits Group, Rect, Text, Line, CellGrid, ColorRamp, TiledGrid {}
