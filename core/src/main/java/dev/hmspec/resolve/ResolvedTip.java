package dev.hmspec.resolve;

import java.util.Optional;

/**
 * One tooltip line: the field shown and its format ("" for the field's default);
 * {@code specifier} is the same format as written, empty when none was.
 */
public record ResolvedTip(String field, String format, Optional<String> specifier) {
    public ResolvedTip(String field, String format) {
        this(field, format, format.isEmpty() ? Optional.empty() : Optional.of(format));
    }
}
