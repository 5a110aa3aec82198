package dev.hmspec.browser;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.html.HtmlRenderer;
import dev.hmspec.scene.Scene;
import dev.hmspec.source.SourceFile;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium per test class, driven through the system chromedriver. Nothing
 * is ever downloaded: the driver and browser paths are given, so Selenium Manager never runs.
 * Pages are written under target/browser/, screenshots under target/browser/shots/.
 */
public final class Browser implements AutoCloseable {
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");
    public static final Path OUT = Path.of("target", "browser");

    public final ChromeDriver driver;
    private final Path profile;

    /** Skips the calling test class (a JUnit assumption) when the browser is not installed. */
    public static Browser start() {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        return new Browser();
    }

    private Browser() {
        try {
            profile = Files.createTempDirectory("hm-chromium-");
            Files.createDirectories(OUT.resolve("shots"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1000,800", "--force-device-scale-factor=1",
                "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        driver = new ChromeDriver(service, o);
        // Records alert() calls before any page script runs: injected markup must never call it.
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__alerts = []; window.alert = function (m) { window.__alerts.push(String(m)); };"));
    }

    public static Scene compile(String spec) {
        Compiled c = Hmspec.compile(SourceFile.of("browser-test.hmspec", spec), CompileOptions.defaults());
        if (c.hasErrors()) throw new AssertionError(c.diagnostics().toString());
        return c.scene().orElseThrow();
    }

    /** Writes the page, opens it, and waits for the runtime's readiness signal. */
    public void open(Scene scene, String name) {
        Path file = OUT.resolve(name + ".html");
        try {
            Files.writeString(file, HtmlRenderer.page(scene, RenderOptions.defaults()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.get(file.toAbsolutePath().toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js("return window.__hmReady === true")));
    }

    public Object js(String script, Object... args) { return ((JavascriptExecutor) driver).executeScript(script, args); }

    public double num(String script, Object... args) { return ((Number) js(script, args)).doubleValue(); }

    public Actions actions() { return new Actions(driver); }

    /** Viewport position of a scene point (the page may scale the drawing). */
    public int[] client(double sceneX, double sceneY) {
        @SuppressWarnings("unchecked")
        List<Number> p = (List<Number>) js("var r = document.querySelector('.hm-figure > svg').getBoundingClientRect();"
                + "var k = r.width / document.querySelector('.hm-figure > svg').viewBox.baseVal.width;"
                + "return [r.left + arguments[0] * k, r.top + arguments[1] * k];", sceneX, sceneY);
        return new int[] {(int) Math.round(p.get(0).doubleValue()), (int) Math.round(p.get(1).doubleValue())};
    }

    /**
     * One touch event through the DevTools protocol, as a touchscreen sends it: type is
     * touchStart, touchMove or touchEnd, and points are the viewport positions of the fingers
     * that are down after the event (finger i has id i). Chromium turns these into touch
     * pointer events exactly as for a real screen.
     */
    public void touch(String type, int[]... points) {
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int i = 0; i < points.length; i++)
            list.add(Map.of("x", points[i][0], "y", points[i][1], "id", i, "radiusX", 4, "radiusY", 4, "force", 1));
        driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", type, "touchPoints", list));
    }

    /** Makes the page see a touchscreen (maxTouchPoints, touch events) or a mouse again. */
    public void touchScreen(boolean on) {
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", on ? Map.of("enabled", true, "maxTouchPoints", 5) : Map.of("enabled", false));
    }

    public Path shot(String name) {
        Path p = OUT.resolve("shots").resolve(name + ".png");
        try {
            Files.write(p, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Console messages at SEVERE level (errors, uncaught exceptions) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> s = Files.walk(profile)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
