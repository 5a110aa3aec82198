package dev.hmspec.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GalleryPageTest {
    @Test void highlightColoursKeywordsStringsNumbersFieldsAndComments() {
        String html = SourceHighlighter.highlight("# note <b>\nheatmap \"T\" {\n  size 700 x 500\n  x `a b`\n}\n");
        assertEquals("<span class=\"hl-com\"># note &lt;b&gt;</span>\n<span class=\"hl-kw\">heatmap</span> "
                + "<span class=\"hl-str\">&quot;T&quot;</span> {\n  <span class=\"hl-kw\">size</span> <span class=\"hl-num\">700</span> "
                + "<span class=\"hl-kw\">x</span> <span class=\"hl-num\">500</span>\n  <span class=\"hl-kw\">x</span> "
                + "<span class=\"hl-fld\">`a b`</span>\n}\n", html);
    }

    @Test void highlightKeepsEveryCharacterOfBrokenSource() {
        String broken = "heatmap \"unclosed {\n  x @ y\n";
        String html = SourceHighlighter.highlight(broken);
        String text = html.replaceAll("<[^>]+>", "").replace("&quot;", "\"").replace("&amp;", "&");
        assertEquals(broken, text);
    }

    @Test void theIndexEscapesTitlesDescriptionsAndLinksFromSpecs() {
        var card = new GalleryPage.Card("maps/a b", "</h2><script>alert(1)</script>", "x \" onload=\"y", "src", "a b.hmspec", true, true, true);
        String page = GalleryPage.render("Gallery & co", "sub", List.of(card));
        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("&lt;/h2&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains("x &quot; onload=&quot;y"));
        assertTrue(page.contains("href=\"maps/a%20b.html\""));
        assertTrue(page.contains("src=\"maps/a%20b.png\""));
        assertTrue(page.contains("<title>Gallery &amp; co</title>"));
    }

    @Test void theIndexIntroducesTheGalleryAndLinksToTheDocsWhenGivenOne() {
        String page = GalleryPage.render(new GalleryPage.Header("G", "sub", "Intro & more", "../docs/language.md"), List.of());
        assertTrue(page.contains("<p class=\"intro\">Intro &amp; more <a href=\"../docs/language.md\">" + GalleryPage.DOCS_LINK + "</a>.</p>"), page);
        String noDocs = GalleryPage.render(new GalleryPage.Header("G", "sub", "Intro", ""), List.of());
        assertTrue(noDocs.contains("<p class=\"intro\">Intro</p>") && !noDocs.contains(GalleryPage.DOCS_LINK), noDocs);
    }

    @Test void cardsNamedFirstLeadInTheirOrderAndTheRestKeepTheirs() {
        List<GalleryPage.Card> cards = java.util.stream.Stream.of("a", "b", "c", "d")
                .map(s -> new GalleryPage.Card(s, s, "", "", s + ".hmspec", true, true, true)).toList();
        List<String> order = GalleryPage.ordered(cards, List.of("c", "missing", "b")).stream().map(GalleryPage.Card::slug).toList();
        assertEquals(List.of("c", "b", "a", "d"), order);
    }
}
