package dev.hmspec.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The gallery's index page: a responsive grid of cards, each with the PNG thumbnail, the
 * title, the one-line description, links to the interactive page and the SVG, and the spec's
 * highlighted source in a collapsible block. One self-contained file: inline CSS, no script,
 * relative links, so it works from {@code file://}.
 */
final class GalleryPage {
    /** One spec in the gallery; {@code sourceHtml} is already highlighted and escaped. */
    record Card(String slug, String title, String description, String sourceHtml, String fileName,
                boolean hasHtml, boolean hasPng, boolean hasSvg) {}

    private GalleryPage() {}

    static String render(String title, String subtitle, List<Card> cards) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
         .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .append("<meta name=\"generator\" content=\"hmspec-maven-plugin\">\n")
         .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
         .append("<header>\n<h1>").append(Html.escape(title)).append("</h1>\n<p>").append(Html.escape(subtitle))
         .append("</p>\n</header>\n<main class=\"grid\">\n");
        for (Card c : cards) card(b, c);
        if (cards.isEmpty()) b.append("<p class=\"empty\">No specs yet.</p>\n");
        b.append("</main>\n<footer>Made with hmspec · ").append(cards.size()).append(cards.size() == 1 ? " spec" : " specs")
         .append("</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void card(StringBuilder b, Card c) {
        String page = Html.href(c.slug(), "html");
        String id = "spec-" + c.slug().replaceAll("[^A-Za-z0-9_-]", "-");
        b.append("<article class=\"card\" id=\"").append(Html.escape(id)).append("\">\n");
        if (c.hasPng()) {
            b.append("<a class=\"thumb\" href=\"").append(page).append("\"><img src=\"").append(Html.href(c.slug(), "png"))
             .append("\" alt=\"").append(Html.escape(c.title())).append("\" loading=\"lazy\"></a>\n");
        }
        b.append("<div class=\"body\">\n<h2><a href=\"").append(page).append("\">").append(Html.escape(c.title())).append("</a></h2>\n");
        if (!c.description().isEmpty()) b.append("<p class=\"desc\">").append(Html.escape(c.description())).append("</p>\n");
        b.append("<p class=\"links\">");
        if (c.hasHtml()) b.append("<a class=\"open\" href=\"").append(page).append("\">Open interactive</a>");
        if (c.hasSvg()) b.append("<a href=\"").append(Html.href(c.slug(), "svg")).append("\">SVG</a>");
        if (c.hasPng()) b.append("<a href=\"").append(Html.href(c.slug(), "png")).append("\">PNG</a>");
        b.append("</p>\n<details>\n<summary>Source <code>").append(Html.escape(c.fileName())).append("</code></summary>\n")
         .append("<pre><code>").append(c.sourceHtml()).append("</code></pre>\n</details>\n</div>\n</article>\n");
    }

    private static final String CSS = resource("gallery.css");

    private static String resource(String name) {
        try (InputStream in = GalleryPage.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
