package dev.hmspec.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Hmspec;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** `serve`: a saved data file updates the open page in place (no reload) and the zoom window stays. */
class LiveUpdateBrowserTest {
    static final File CHROMIUM = new File("/usr/bin/chromium"), DRIVER = new File("/usr/bin/chromedriver");

    @Test
    void savingTheDataUpdatesTheOpenPageWithoutAReloadAndKeepsTheZoom(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(), "Chromium is not installed");
        Path served = Files.createDirectories(tmp.resolve("served"));
        Files.createDirectories(served.resolve("data"));
        Path csv = served.resolve("data/grid.csv");
        Files.writeString(csv, "row,col,value\na,w,1\na,x,2\na,y,3\na,z,4\nb,w,5\nb,x,6\nb,y,7\nb,z,8\n");
        Files.writeString(served.resolve("grid.hmspec"), "heatmap \"Grid\" {\n  data \"data/grid.csv\"\n  x col\n  y row\n"
                + "  color value\n  tooltip col, row, value\n  interact tooltip, zoom x\n}\n");
        CompileOptions options = new CompileOptions(Optional.of(served), false);
        Path profile = Files.createTempDirectory("hm-live-chromium-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1000,800",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build(), o);
        try (PreviewServer server = PreviewServer.start(new Workspace(served, p -> Hmspec.compile(p, options)), 0, 50)) {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(server.url() + "view/grid.html");
            wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return window.__hmReady === true && !!window.hmspec.views['view-1']")));
            driver.executeScript("window.__sameDocument = true; window.updates = 0;"
                    + "document.addEventListener('hm:updated', function () { updates++; });"
                    + "hmspec.views['view-1'].setState({zoom: {x: [0.5, 1]}});");
            assertEquals(8.0, ((Number) driver.executeScript("return hmspec.views['view-1'].cell(3, 1).value")).doubleValue());

            Files.writeString(csv, "row,col,value\na,w,1\na,x,2\na,y,3\na,z,4\nb,w,5\nb,x,6\nb,y,7\nb,z,80\n");
            Files.setLastModifiedTime(csv, FileTime.fromMillis(System.currentTimeMillis() + 2000));
            wait.until(d -> ((Number) driver.executeScript("return window.updates || 0")).intValue() >= 1);

            assertEquals(Boolean.TRUE, driver.executeScript("return window.__sameDocument"), "no reload: the page's own state survives");
            assertEquals(List.of("hm-live/view-1"), driver.executeScript("return Object.keys(hmspec.views)"));
            assertEquals(80.0, ((Number) driver.executeScript("return hmspec.views['hm-live/view-1'].cell(3, 1).value")).doubleValue(),
                    "the new data is drawn");
            assertEquals("0.5,1", driver.executeScript("return String(hmspec.views['hm-live/view-1'].getState().zoom.x)"),
                    "the zoom window is kept");
            assertEquals(1L, driver.executeScript("return document.querySelectorAll('.hm-figure').length"));

            // a second save updates again, in place of the first update
            Files.writeString(csv, "row,col,value\na,w,1\na,x,2\na,y,3\na,z,4\nb,w,5\nb,x,6\nb,y,7\nb,z,9\n");
            Files.setLastModifiedTime(csv, FileTime.fromMillis(System.currentTimeMillis() + 4000));
            wait.until(d -> ((Number) driver.executeScript("return window.updates")).intValue() >= 2);
            assertEquals(9.0, ((Number) driver.executeScript("return hmspec.views['hm-live/view-1'].cell(3, 1).value")).doubleValue());
            assertEquals("0.5,1", driver.executeScript("return String(hmspec.views['hm-live/view-1'].getState().zoom.x)"));
            assertTrue(((List<?>) driver.executeScript("return Array.from(document.querySelectorAll('[id=\"hm-live\"]'))")).size() == 1);
        } finally {
            driver.quit();
        }
    }
}
