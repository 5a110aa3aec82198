package dev.hmspec.resolve;

import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.Statement;
import java.util.Optional;

/** Reading options of a checked encoding: the last one of a kind wins (a duplicate was reported). */
final class OptionReads {
    private OptionReads() {}

    static boolean flag(Statement.Encoding e, EncodingOption.FlagKind kind) {
        return e.options().stream().anyMatch(o -> o instanceof EncodingOption.Flag f && f.kind() == kind);
    }

    static Optional<Double> parameter(Statement.Encoding e, EncodingOption.ParameterKind kind) {
        return e.options().stream().filter(o -> o instanceof EncodingOption.Parameter p && p.kind() == kind)
                .map(o -> ((EncodingOption.Parameter) o).value()).reduce((a, b) -> b);
    }

    /**
     * The format of field k's values: its own ({@code x f format "…"}), else the encoding's
     * {@code format} option when the encoding has one field.
     */
    static Optional<String> fieldFormat(Statement.Encoding e, int k) {
        return e.fields().get(k).format()
                .or(() -> e.fields().size() == 1 ? e.option(EncodingOption.Format.class).map(EncodingOption.Format::specifier)
                        : Optional.empty());
    }
}
