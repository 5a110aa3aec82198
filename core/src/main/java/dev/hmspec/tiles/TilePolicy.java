package dev.hmspec.tiles;

import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import java.util.Optional;

/**
 * When a matrix becomes tiles: {@code tiles auto} (the default) above {@link #DEFAULT_THRESHOLD}
 * cells, where a page with every cell inside would pass about 10 MB; {@code tiles above N} above
 * N cells; {@code tiles on} always; {@code tiles off} never.
 */
public final class TilePolicy {
    private TilePolicy() {}

    public static final long DEFAULT_THRESHOLD = 4_000_000;

    public static long threshold(View view) {
        Optional<Statement.Tiles> t = view.last(Statement.Tiles.class);
        if (t.isEmpty()) return DEFAULT_THRESHOLD;
        switch (t.get().mode().text()) {
            case "on": return 0;
            case "off": return Long.MAX_VALUE;
            case "above": return (long) t.get().cells().orElse(DEFAULT_THRESHOLD);
            default: return DEFAULT_THRESHOLD;
        }
    }

    public static boolean tiled(View view, long cells) { return cells > threshold(view); }
}
