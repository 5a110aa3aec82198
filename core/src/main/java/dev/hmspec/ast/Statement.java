package dev.hmspec.ast;

import dev.hmspec.source.Span;
import java.util.List;
import java.util.Optional;

/** A statement inside a heatmap block. Transforms are statements too (see {@link Transform}). */
public sealed interface Statement permits Statement.Title, Statement.Subtitle, Statement.Description,
        Statement.Size, Statement.Data, Statement.Encoding, Statement.Interact, Transform, Statement.Tiles,
        Analysis, Decoration, Statement.Facet, Statement.Scales, EmbedStatement {
    Span span();

    record Title(String text, Span span) implements Statement {}
    record Subtitle(String text, Span span) implements Statement {}
    record Description(String text, Span span) implements Statement {}

    /** {@code size 700 x 500} (whole chart), {@code size cell 20 x 12} (per cell) or {@code size auto}. */
    record Size(Kind kind, double width, double height, Span span) implements Statement {
        public enum Kind { FIXED, CELL, AUTO }
    }

    record Data(DataSource source, List<DataOption> options, Span span) implements Statement {
        public Data { options = List.copyOf(options); }
    }

    /** {@code x hour { title "Hour" }}, {@code tooltip a, b format ","}. */
    record Encoding(Channel channel, List<ChannelField> fields, List<EncodingOption> options,
                    Span span, Span channelSpan) implements Statement {
        public Encoding { fields = List.copyOf(fields); options = List.copyOf(options); }

        public ChannelField field() { return fields.get(0); }

        public <T extends EncodingOption> Optional<T> option(Class<T> kind) {
            T found = null;
            for (EncodingOption o : options) if (kind.isInstance(o)) found = kind.cast(o);
            return Optional.ofNullable(found);
        }
    }

    record Interact(List<Interaction> interactions, Span span) implements Statement {
        public Interact { interactions = List.copyOf(interactions); }
    }

    /** One field of an encoding with its optional format string. */
    record ChannelField(Name field, Optional<String> format, Span span) {}

    /** {@code zoom x}: an interaction name and its optional axis argument. */
    record Interaction(Name name, Optional<Name> argument, Span span) {}

    /**
     * {@code tiles auto | on | off | above N}: whether a huge grid becomes a multi-resolution page
     * with tiles beside it (issue 9). {@code mode} is checked by the tile rules; {@code cells} is N.
     */
    record Tiles(Name mode, java.util.OptionalDouble cells, Span span) implements Statement {}

    // ---- facets (FacetRules checks them, FacetResolver reads them) ----

    /**
     * {@code facet row F} (one panel per value, stacked), {@code facet column F} (side by side) or
     * {@code facet F wrap N} (rows of N; {@code wrap} absent: {@code columns} is empty and the
     * panels wrap near a square).
     */
    record Facet(FacetKind kind, Name field, java.util.OptionalInt columns, Span columnsSpan, Span span)
            implements Statement {}

    enum FacetKind { ROW, COLUMN, WRAP }

    /** {@code scales independent x, color}: the channels each facet panel scales on its own data. */
    record Scales(List<Name> channels, Span span) implements Statement {
        public Scales { channels = List.copyOf(channels); }
    }
}
