package dev.hmspec.cli.serve;

import dev.hmspec.Compiled;
import dev.hmspec.tiles.TileFolder;
import dev.hmspec.tiles.TileWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tiles of a huge grid's page in the preview (issue 9): {@code /view/<slug>.tiles/<id>/L<k>/<tx>-<ty>.js},
 * the same relative path the page uses beside a rendered file, answered from the compiled scene's
 * tile folder. Only this exact shape matches; the file path is made from the numbers alone.
 */
final class TileRoute {
    private TileRoute() {}

    private static final Pattern PATH = Pattern.compile("/view/([A-Za-z0-9_-][A-Za-z0-9._-]*)\\.tiles/(t[0-9a-f]{1,8})/L(\\d{1,2})/(\\d{1,6})-(\\d{1,6})\\.js");

    /** The tile file a request names, if it is a tile request of a compiled spec and the file exists. */
    static Optional<Path> file(URI uri, Workspace workspace) {
        String raw = uri.getRawPath();
        if (raw == null) return Optional.empty();
        Matcher m = PATH.matcher(raw);
        if (!m.matches()) return Optional.empty();
        Compiled c = workspace.compiled(m.group(1));
        if (c == null || c.scene().isEmpty()) return Optional.empty();
        Path dir = TileFolder.sets(c.scene().get()).get(m.group(2));
        if (dir == null) return Optional.empty();
        Path f = TileWriter.path(dir, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    }

    /** Whether the request looks like a tile request at all (then it is answered here, found or not). */
    static boolean matches(URI uri) {
        return uri.getRawPath() != null && PATH.matcher(uri.getRawPath()).matches();
    }
}
