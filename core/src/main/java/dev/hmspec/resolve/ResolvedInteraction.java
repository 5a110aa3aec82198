package dev.hmspec.resolve;

/** One requested interaction: its name ("zoom", "tooltip" …) and its axis ("x", "y", "xy") or "". */
public record ResolvedInteraction(String name, String axis) {}
