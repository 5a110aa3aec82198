package dev.hmspec.ast;

import dev.hmspec.source.Span;
import java.util.List;
import java.util.Optional;

/** Options after {@code data "...""}: how to read the source. */
public sealed interface DataOption permits DataOption.Format, DataOption.Matrix, DataOption.Wide, DataOption.Types,
        DataOption.Refresh {
    Span span();

    /** {@code format csv|json}: overrides the file-extension guess. */
    record Format(Name format, Span span) implements DataOption {}

    /**
     * {@code matrix}: the source is a grid, either {@code {width, height, values:[...]}} (one flat
     * row-major array) or an array of rows; it becomes long rows {@code x, y, value}.
     */
    record Matrix(Span span) implements DataOption {}

    /**
     * {@code wide rows gene columns sample value expr}: a wide table whose column {@code rows}
     * names each row and whose other columns are values; becomes long rows
     * {@code <rows>, <columns or "column">, <value or "value">}.
     */
    record Wide(Name rowsField, Optional<Name> columnsName, Optional<Name> valueName, Span span) implements DataOption {}

    /** {@code types time: temporal "%Y/%m/%d", count: number}: overrides type inference. */
    record Types(List<TypeDecl> types, Span span) implements DataOption {
        public Types { types = List.copyOf(types); }
    }

    record TypeDecl(Name field, Name type, Optional<String> pattern, Span span) {}

    /**
     * {@code refresh 30s} (embed12b): the last clause of a data statement; {@code unit} as written
     * ({@code s} or {@code m}; the checker reports anything else). Only {@code hmspec serve} acts on it.
     */
    record Refresh(double amount, Optional<String> unit, Span span) implements DataOption {
        /** The interval in seconds, when the unit is one hmspec knows. */
        public java.util.OptionalDouble seconds() {
            String u = unit.orElse("");
            if (u.equals("s")) return java.util.OptionalDouble.of(amount);
            if (u.equals("m")) return java.util.OptionalDouble.of(amount * 60);
            return java.util.OptionalDouble.empty();
        }
    }
}
