package dev.hmspec.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hmspec.CompileOptions;
import dev.hmspec.Hmspec;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * `serve` with {@code data sql … refresh 1s} over an on-disk DuckDB file (a named connection): a row the test changes
 * in the table reaches the open page in place (no reload), the zoom window stays, and while the
 * table stays the same no further update is sent.
 */
class SqlRefreshBrowserTest {
    static final File CHROMIUM = new File("/usr/bin/chromium"), DRIVER = new File("/usr/bin/chromedriver");

    /** Runs {@code sql} on the database file, retrying while the server's own query holds the file. */
    static void write(Path db, String sql) throws Exception {
        SQLException last = null;
        for (int i = 0; i < 50; i++) {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
                s.execute(sql);
                return;
            } catch (SQLException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw last;
    }

    @Test
    void aChangedTableReachesTheOpenPageOnTheNextRefreshKeepingItsZoom(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(), "Chromium is not installed");
        Path served = Files.createDirectories(tmp.resolve("served"));
        // The named connection's URL is set by cli/pom.xml (surefire's environment).
        String url = System.getenv("HMSPEC_CONNECTION_HMSPEC_REFRESH_TEST_URL");
        Assumptions.assumeTrue(url != null, "run through Maven: the connection comes from surefire's environment");
        Path db = Path.of(url.substring("jdbc:duckdb:".length()));
        Files.createDirectories(db.getParent());
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        write(db, "CREATE TABLE grid AS SELECT * FROM (VALUES ('a','w',1),('a','x',2),('a','y',3),('a','z',4),"
                + "('b','w',5),('b','x',6),('b','y',7),('b','z',8)) t(r, c, v)");
        Files.writeString(served.resolve("grid.hmspec"), "heatmap \"Grid\" {\n  data sql connection \"hmspec-refresh-test\""
                + " query \"select r, c, v from grid\" refresh 1s\n  x c\n  y r\n  color v\n  tooltip c, r, v\n"
                + "  interact tooltip, zoom x\n}\n");
        CompileOptions options = new CompileOptions(Optional.of(served), false);
        Path profile = Files.createTempDirectory("hm-refresh-chromium-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1000,800",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build(), o);
        try (PreviewServer server = PreviewServer.start(new Workspace(served, p -> Hmspec.compile(p, options)), 0, 50,
                System.err::println)) {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(server.url() + "view/grid.html");
            wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return window.__hmReady === true && !!window.hmspec.views['view-1']")));
            driver.executeScript("window.__sameDocument = true; window.updates = 0;"
                    + "document.addEventListener('hm:updated', function () { updates++; });"
                    + "hmspec.views['view-1'].setState({zoom: {x: [0.5, 1]}});");
            assertEquals(8.0, ((Number) driver.executeScript("return hmspec.views['view-1'].cell(3, 1).value")).doubleValue());
            // Two intervals with the table unchanged: nothing is sent.
            Thread.sleep(2500);
            assertEquals(0L, driver.executeScript("return window.updates"), "an unchanged table sends nothing");

            write(db, "UPDATE grid SET v = 80 WHERE r = 'b' AND c = 'z'");
            wait.until(d -> ((Number) driver.executeScript("return window.updates")).intValue() >= 1);
            assertEquals(Boolean.TRUE, driver.executeScript("return window.__sameDocument"), "no reload");
            assertEquals(80.0, ((Number) driver.executeScript("return hmspec.views['hm-live/view-1'].cell(3, 1).value")).doubleValue(),
                    "the new row is drawn");
            assertEquals("0.5,1", driver.executeScript("return String(hmspec.views['hm-live/view-1'].getState().zoom.x)"),
                    "the zoom window is kept");
            Thread.sleep(2500);
            assertEquals(1L, driver.executeScript("return window.updates"), "one change, one update");
            assertEquals(List.of(), driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).map(e -> e.getMessage()).toList());
        } finally {
            driver.quit();
        }
    }
}
