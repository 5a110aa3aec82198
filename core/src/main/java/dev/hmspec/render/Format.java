package dev.hmspec.render;

import dev.hmspec.diag.Suggest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The output formats a scene renders to. {@link #id()} is the name users type
 * ({@code --format html,svg}); {@link #extension()} is the file suffix without the dot. Scene
 * JSON uses {@code scene.json} so it never collides with a data file named after the spec.
 */
public enum Format {
    HTML("html", "html", "text/html; charset=utf-8"),
    SVG("svg", "svg", "image/svg+xml"),
    PNG("png", "png", "image/png"),
    JSON("json", "scene.json", "application/json"),
    /** Markup + one script to embed in another page (FragmentRenderer, docs/embedding.md). */
    FRAGMENT("fragment", "fragment.html", "text/html; charset=utf-8");

    private final String id;
    private final String extension;
    private final String mediaType;

    Format(String id, String extension, String mediaType) {
        this.id = id;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String id() { return id; }
    public String extension() { return extension; }
    public String mediaType() { return mediaType; }

    /** {@code base + "." + extension()}, e.g. {@code iris.scene.json}. */
    public String fileName(String base) { return base + "." + extension; }

    /** One format by name, case-insensitive; unknown names fail with the valid list and a did-you-mean. */
    public static Format parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Format f : values()) if (f.id.equals(n)) return f;
        List<String> ids = Arrays.stream(values()).map(Format::id).toList();
        String hint = Suggest.didYouMean(n, ids).map(s -> ": " + s).orElse("");
        throw new IllegalArgumentException("unknown output format \"" + name.trim() + "\"" + hint
                + " (expected one of " + String.join(", ", ids) + ")");
    }

    /** A comma-separated list ("html,svg"), in the given order, duplicates dropped, blanks rejected. */
    public static List<Format> parseList(String names) {
        Set<Format> formats = new LinkedHashSet<>();
        for (String part : names.split(",", -1)) {
            if (part.isBlank()) throw new IllegalArgumentException("empty output format in \"" + names
                    + "\": expected a comma-separated list like \"html,svg\"");
            formats.add(parse(part));
        }
        return List.copyOf(new ArrayList<>(formats));
    }
}
