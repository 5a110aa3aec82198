package dev.hmspec.data;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Type names as written in `types f: number`. */
public final class FieldTypes {
    private FieldTypes() {}

    static List<String> names() { return Arrays.stream(FieldType.values()).map(FieldType::label).toList(); }

    public static Optional<FieldType> parse(String name) {
        for (FieldType t : FieldType.values()) if (t.label().equalsIgnoreCase(name)) return Optional.of(t);
        if (name.equalsIgnoreCase("date") || name.equalsIgnoreCase("time")) return Optional.of(FieldType.TEMPORAL);
        return Optional.empty();
    }
}
