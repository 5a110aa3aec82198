package dev.hmspec.bind;

import dev.hmspec.ast.Channel;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.data.Table;
import java.util.Map;
import java.util.Optional;

/** A view whose data is loaded and transformed and whose encoded fields all exist in the table. */
public record BoundView(View view, Table table, Map<Channel, Statement.Encoding> encodings,
                        dev.hmspec.tiles.TiledMatrix matrix) {
    public BoundView { encodings = Map.copyOf(encodings); }

    /** A view drawn from its table (every view but a tiled matrix). */
    public BoundView(View view, Table table, Map<Channel, Statement.Encoding> encodings) {
        this(view, table, encodings, null);
    }

    public Optional<Statement.Encoding> encoding(Channel c) { return Optional.ofNullable(encodings.get(c)); }
}
