package dev.hmspec.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /** The top of the page: heading, the line under it, an introduction, a link to the docs (may be blank). */
    record Header(String title, String subtitle, String intro, String docs) {}

    static final String DEFAULT_INTRO = "hmspec turns a short text spec (a .hmspec file) and its data into a heatmap: "
            + "an interactive page, an SVG and a PNG. Each card shows a chart and the spec that made it; "
            + "open a chart to point at cells, zoom, brush and filter by the legend.";
    static final String DOCS_LINK = "Read the language guide";

    private GalleryPage() {}

    /** The cards named in {@code first} lead, in that order; the rest keep theirs. */
    static List<Card> ordered(List<Card> cards, List<String> first) {
        List<Card> out = new ArrayList<>();
        for (String slug : first) cards.stream().filter(c -> c.slug().equals(slug)).forEach(out::add);
        for (Card c : cards) if (!out.contains(c)) out.add(c);
        return out;
    }

    static String render(String title, String subtitle, List<Card> cards) {
        return render(new Header(title, subtitle, DEFAULT_INTRO, null), cards);
    }

    static String render(Header h, List<Card> cards) {
        String title = h.title(), subtitle = h.subtitle();
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
         .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .append("<meta name=\"generator\" content=\"hmspec-maven-plugin\">\n")
         .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
         .append("<header>\n<h1>").append(Html.escape(title)).append("</h1>\n<p>").append(Html.escape(subtitle))
         .append("</p>\n");
        if (h.intro() != null && !h.intro().isBlank() || h.docs() != null && !h.docs().isBlank()) {
            b.append("<p class=\"intro\">").append(Html.escape(h.intro() == null ? "" : h.intro().strip()));
            if (h.docs() != null && !h.docs().isBlank())
                b.append(" <a href=\"").append(Html.escape(h.docs().strip())).append("\">").append(DOCS_LINK).append("</a>.");
            b.append("</p>\n");
        }
        b.append("</header>\n<main class=\"grid\">\n");
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
