package dev.hmspec.params;

import dev.hmspec.source.Span;

/**
 * Where a spec refers to a parameter: {@code $year} as a value, or {@code {$year}} inside a
 * string; {@code known} is false when no {@code param} declares it (already reported).
 */
public record ParamUse(String name, Span span, boolean inString, boolean known) {}
