package dev.hmspec.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Issue 11 items 17 and 19: the gallery's index and every chart page pass Deque's axe-core audit; the index introduces itself. */
class AccessibilityBrowserTest {
    static final Path INDEX = GalleryBrowserTest.GALLERY.resolve("index.html");

    @TempDir static Path profile;
    static ChromeDriver driver;

    @BeforeAll static void start() throws Exception {
        assumeTrue(Chromium.available(), "no /usr/bin/chromium: browser tests skipped");
        driver = Chromium.start(profile.resolve("chromium"));
    }

    @AfterAll static void stop() {
        if (driver != null) driver.quit();
    }

    static List<String> violations() {
        Results r = new AxeBuilder().analyze(driver);
        if (r.isErrored()) throw new AssertionError("axe-core failed: " + r.getErrorMessage());
        List<String> out = new ArrayList<>();
        for (Rule rule : r.getViolations())
            for (CheckedNode n : rule.getNodes()) out.add(rule.getId() + " (" + rule.getImpact() + "): " + n.getHtml());
        return out;
    }

    @Test void theIndexAndEveryChartPageHaveNoAxeViolations() {
        driver.get(INDEX.toUri().toString());
        assertEquals(List.of(), violations(), "index.html");
        List<String> pages = driver.findElements(By.cssSelector("a.open")).stream().map(a -> a.getAttribute("href")).toList();
        assertTrue(pages.size() >= 7, "the chart pages: " + pages);
        for (String page : pages) {
            driver.get(page);
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> Boolean.TRUE.equals(driver.executeScript("return window.__hmReady === true")));
            assertEquals(List.of(), violations(), page);
            assertEquals(1, driver.findElements(By.cssSelector("main h1")).size(), page + ": the chart title as the level-one heading");
        }
    }

    @Test void theIndexIntroducesTheGalleryLinksToTheDocsAndOpensWithAHeatmapNotTheSchemeSheet() {
        driver.get(INDEX.toUri().toString());
        String docs = driver.findElement(By.cssSelector("header .intro a")).getAttribute("href");
        assertTrue(docs.endsWith("/docs/language.md"), docs);
        assertTrue(Path.of(java.net.URI.create(docs)).toFile().isFile(), "the docs link resolves in the checkout: " + docs);
        String first = driver.findElement(By.cssSelector("article.card")).getAttribute("id");
        assertNotEquals("spec-color-schemes", first);
        assertEquals("spec-seattle-temperature", first);
    }
}
