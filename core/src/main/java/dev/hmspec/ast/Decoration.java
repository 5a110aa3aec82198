package dev.hmspec.ast;

import dev.hmspec.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * Statements that decorate a view's grid rather than feed its data: {@code mask} hides cells,
 * {@code annotate} draws a color bar per row or column, {@code margin} a bar chart of a row or
 * column aggregate on one side.
 */
public sealed interface Decoration extends Statement permits Decoration.Mask, Decoration.Annotate, Decoration.Margin {

    /** {@code mask upper, diagonal} or {@code mask value < 0.1}: the parts, any of which hides a cell. */
    record Mask(List<MaskPart> parts, Span span) implements Decoration {
        public Mask { parts = List.copyOf(parts); }
    }

    sealed interface MaskPart permits Triangle, Condition {
        Span span();
    }

    /** A part of the displayed matrix: above the diagonal, below it, or on it. */
    record Triangle(TriangleKind kind, Span span) implements MaskPart {}

    /**
     * Any other expression: a condition over the fields of the row a cell shows. A bare name that
     * is no triangle is kept here too, so the checker can say "did you mean upper".
     */
    record Condition(Expr expr, Span span) implements MaskPart {}

    enum TriangleKind {
        UPPER, LOWER, DIAGONAL;

        public String keyword() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** {@code annotate rows species { scheme category10 }}: a color bar of a field per row (y) or column (x). */
    record Annotate(boolean rows, Name field, List<EncodingOption> options, Span span, Span keywordSpan)
            implements Decoration {
        public Annotate { options = List.copyOf(options); }

        /** The bar's colors as a color encoding of its field, so scales, schemes and legends work as the grid's do. */
        public Statement.Encoding asColor() {
            return new Statement.Encoding(Channel.COLOR, List.of(new Statement.ChannelField(field, Optional.empty(), field.span())),
                    options, span, keywordSpan);
        }

        public <T extends EncodingOption> Optional<T> option(Class<T> kind) {
            T found = null;
            for (EncodingOption o : options) if (kind.isInstance(o)) found = kind.cast(o);
            return Optional.ofNullable(found);
        }
    }

    /** {@code margin right mean(value) { title "Mean" }}: bars of an aggregate of the color field per row or column. */
    record Margin(Name side, Name function, Optional<Name> field, List<EncodingOption> options, Span span)
            implements Decoration {
        public Margin { options = List.copyOf(options); }

        public <T extends EncodingOption> Optional<T> option(Class<T> kind) {
            T found = null;
            for (EncodingOption o : options) if (kind.isInstance(o)) found = kind.cast(o);
            return Optional.ofNullable(found);
        }
    }
}
