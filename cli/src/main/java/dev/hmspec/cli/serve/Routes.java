package dev.hmspec.cli.serve;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a request path to what the server may answer, refusing anything that could name a
 * file outside the served folder before any lookup: {@code ..} in any spelling (raw,
 * percent-encoded, mixed case), backslashes, NUL, empty segments ({@code //etc}) and
 * absolute-looking paths. The server never opens a file from a URL: views are found by slug
 * among the scanned specs, so a refused or unknown path is simply 403 or 404.
 */
final class Routes {
    enum Kind { INDEX, EVENTS, VIEW, FAVICON, FORBIDDEN, NOT_FOUND }

    /** {@code slug} and {@code extension} are set for VIEW ("maps/iris", "html"). */
    record Route(Kind kind, String slug, String extension) {
        static Route of(Kind kind) { return new Route(kind, null, null); }
    }

    private Routes() {}

    /**
     * Whether the Host header names this server by a loopback name ({@code localhost},
     * {@code 127.0.0.1}, {@code [::1]}, with or without its port). A page on another site whose
     * name an attacker re-points at 127.0.0.1 (DNS rebinding) sends its own name and is refused.
     */
    static boolean allowedHost(String host, int port) {
        if (host == null) return false;
        String h = host.trim().toLowerCase(Locale.ROOT);
        for (String name : new String[] {"localhost", "127.0.0.1", "[::1]"}) {
            if (h.equals(name) || h.equals(name + ":" + port)) return true;
        }
        return false;
    }

    static Route resolve(URI uri) {
        String raw = uri.getRawPath();
        if (raw == null || !raw.startsWith("/")) return Route.of(Kind.FORBIDDEN);
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("..") || lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")
                || lower.contains("\\") || lower.contains("%00") || lower.contains("//") || lower.contains("%25")
                || lower.contains(":")) {
            return Route.of(Kind.FORBIDDEN);
        }
        String path = uri.getPath();
        if (path.equals("/") || path.equals("/index.html")) return Route.of(Kind.INDEX);
        if (path.equals("/events")) return Route.of(Kind.EVENTS);
        if (path.equals("/favicon.ico")) return Route.of(Kind.FAVICON);
        if (!path.startsWith("/view/")) return Route.of(Kind.NOT_FOUND);
        String rest = path.substring("/view/".length());
        int dot = rest.lastIndexOf('.');
        if (dot <= 0) return Route.of(Kind.NOT_FOUND);
        String ext = rest.substring(dot + 1);
        if (!ext.equals("html") && !ext.equals("svg") && !ext.equals("png") && !ext.equals("fragment")) return Route.of(Kind.NOT_FOUND);
        return new Route(Kind.VIEW, rest.substring(0, dot), ext);
    }
}
