package dev.hmspec.resolve;

/** One tooltip line: the field shown and its format ("" for the field's default). */
public record ResolvedTip(String field, String format) {}
