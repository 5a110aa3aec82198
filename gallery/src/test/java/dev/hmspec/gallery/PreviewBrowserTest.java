package dev.hmspec.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Hmspec;
import dev.hmspec.cli.serve.PreviewServer;
import dev.hmspec.cli.serve.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** `hmspec serve` in a real browser: saving a spec reloads the open page by itself. */
class PreviewBrowserTest {
    @TempDir Path tmp;

    static String spec(String title, String color) {
        return "heatmap \"" + title + "\" {\n  title \"" + title + "\"\n  data values [[1, 2], [3, 4]] matrix\n  x x\n  y y\n  color " + color + "\n}\n";
    }

    @Test void savingASpecUpdatesTheOpenPageInPlaceAndABrokenSaveShowsItsDiagnostic() throws Exception {
        assumeTrue(Chromium.available(), "no /usr/bin/chromium: browser tests skipped");
        Path dir = Files.createDirectories(tmp.resolve("specs"));
        Files.writeString(dir.resolve("live.hmspec"), spec("Before", "value"));
        CompileOptions options = new CompileOptions(Optional.of(dir), false);
        ChromeDriver driver = Chromium.start(tmp.resolve("chromium"));
        try (PreviewServer server = PreviewServer.start(new Workspace(dir, p -> Hmspec.compile(p, options)), 0, 100)) {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            driver.get(server.url() + "view/live.html");
            wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return window.__hmReady === true")));
            driver.executeScript("window.__stale = true");
            Files.writeString(dir.resolve("live.hmspec"), spec("After saving", "value"));
            wait.until(d -> driver.getTitle().equals("After saving"));
            // The view is swapped in place (docs/embedding.md, live data): the page's own state survives.
            assertEquals(Boolean.TRUE, driver.executeScript("return window.__stale"), "the page was patched, not reloaded");
            wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return window.__hmReady === true")));
            Files.writeString(dir.resolve("live.hmspec"), spec("After saving", "valeu"));
            wait.until(d -> driver.getTitle().contains("has errors"));
            String shown = driver.findElement(By.tagName("pre")).getText();
            assertTrue(shown.contains("live.hmspec:6:9: error[HM201]: unknown field \"valeu\""), shown);
            assertEquals(List.of(), Chromium.consoleErrors(driver));
        } finally {
            driver.quit();
        }
    }
}
