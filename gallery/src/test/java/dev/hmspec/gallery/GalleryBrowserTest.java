package dev.hmspec.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Opens the built gallery from disk in headless Chromium, like a reader would. */
class GalleryBrowserTest {
    static final Path GALLERY = Path.of(System.getProperty("hmspec.gallery", "target/gallery")).toAbsolutePath();
    static final Path SPECS = Path.of("../specs").toAbsolutePath().normalize();

    @TempDir static Path profile;
    static ChromeDriver driver;

    @BeforeAll static void start() throws Exception {
        assumeTrue(Chromium.available(), "no /usr/bin/chromium: browser tests skipped");
        driver = Chromium.start(profile.resolve("chromium"));
    }

    @AfterAll static void stop() {
        if (driver != null) driver.quit();
    }

    /** The gallery's specs: every spec in specs/ except specs/errors/, as slugs. */
    static List<String> slugs() throws Exception {
        try (Stream<Path> files = Files.list(SPECS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".hmspec"))
                    .map(n -> n.substring(0, n.length() - ".hmspec".length())).sorted().toList();
        }
    }

    @Test void theIndexShowsACardWithALoadedThumbnailForEverySpecAndNoConsoleErrors() throws Exception {
        driver.get(GALLERY.resolve("index.html").toUri().toString());
        // Thumbnails load lazily; cards far below the fold would never load in a headless window.
        driver.executeScript("document.querySelectorAll('img').forEach(i => i.loading = 'eager')");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return Array.from(document.images).every(i => i.complete)")));
        List<WebElement> cards = driver.findElements(By.cssSelector("article.card"));
        assertEquals(slugs().size(), cards.size(), "one card per spec");
        for (WebElement img : driver.findElements(By.cssSelector("article.card img"))) {
            Number width = (Number) driver.executeScript("return arguments[0].naturalWidth", img);
            assertTrue(width.intValue() > 0, "thumbnail did not load: " + img.getAttribute("src"));
        }
        for (WebElement card : cards) {
            assertFalse(card.findElement(By.cssSelector("h2")).getText().isBlank());
            assertFalse(card.findElements(By.cssSelector("details pre .hl-kw")).isEmpty(), "source is highlighted");
        }
        assertEquals(List.of(), Chromium.consoleErrors(driver));
        Files.write(GALLERY.getParent().resolve("gallery-index.png"), driver.getScreenshotAs(OutputType.BYTES));
        cards.get(1).findElement(By.tagName("summary")).click();
        assertTrue(cards.get(1).findElement(By.tagName("pre")).isDisplayed(), "source opens");
        Files.write(GALLERY.getParent().resolve("gallery-source.png"), cards.get(1).getScreenshotAs(OutputType.BYTES));
    }

    @Test void everyInteractivePageLinkedFromTheIndexBecomesReadyWithoutConsoleErrors() throws Exception {
        driver.get(GALLERY.resolve("index.html").toUri().toString());
        List<String> pages = driver.findElements(By.cssSelector("a.open")).stream().map(a -> a.getAttribute("href")).toList();
        assertEquals(slugs().size(), pages.size(), "one interactive link per spec");
        for (String page : pages) {
            driver.get(page);
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> Boolean.TRUE.equals(driver.executeScript("return window.__hmReady === true")));
            assertEquals(List.of(), Chromium.consoleErrors(driver), page);
        }
    }
}
