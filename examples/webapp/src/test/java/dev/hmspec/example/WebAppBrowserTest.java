package dev.hmspec.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The example application on a loopback port, in headless Chromium: two live fragments, the form, the slider. */
class WebAppBrowserTest {
    static final File CHROMIUM = new File("/usr/bin/chromium"), DRIVER = new File("/usr/bin/chromedriver");

    @Test
    void thePageShowsTwoInteractiveFragmentsAndTheFormChangesTheMonth() throws Exception {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(), "Chromium is not installed");
        Path profile = Files.createTempDirectory("hm-webapp-chromium-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1200,900",
                "--force-device-scale-factor=1", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build(), o);
        try (WebApp app = WebApp.start(0)) {
            JavascriptExecutor js = driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get(app.uri().toString());
            wait.until(d -> Boolean.TRUE.equals(js.executeScript("return document.querySelectorAll('[data-hm-ready]').length === 2")));
            assertEquals(List.of("temperature/view-1", "rain/view-1"), js.executeScript("return Object.keys(hmspec.views)"));
            assertTrue(driver.findElement(By.cssSelector("#temperature svg")).getText().contains("Seattle: daily maximum, Jan"));

            // hover the first cell of the temperature chart: the host page's listener shows it
            var canvas = driver.findElement(By.cssSelector("#temperature .hm-canvas"));
            new Actions(driver).moveToElement(canvas, -canvas.getRect().width / 2 + 3, -canvas.getRect().height / 2 + 3).perform();
            wait.until(d -> String.valueOf(js.executeScript("return document.getElementById('hovered').textContent")).startsWith("temperature: 2012 Jan 1 = "));

            // the slider filters in the page, without a request
            String before = (String) js.executeScript("return document.querySelector('#temperature .hm-canvas').toDataURL()");
            js.executeScript("var i = document.querySelector('#temperature [data-hm-param=\"warm\"]'); i.value = 10; i.dispatchEvent(new Event('input'));");
            assertNotEquals(before, js.executeScript("return document.querySelector('#temperature .hm-canvas').toDataURL()"));

            // the form asks the server for another month
            new Select(driver.findElement(By.id("month"))).selectByVisibleText("Jul");
            driver.findElement(By.id("show")).click();
            wait.until(d -> d.getCurrentUrl().contains("month=Jul")
                    && Boolean.TRUE.equals(js.executeScript("return document.querySelectorAll('[data-hm-ready]').length === 2")));
            assertTrue(driver.findElement(By.cssSelector("#rain svg")).getText().contains("Seattle: precipitation, Jul"));
            assertEquals(1L, js.executeScript("return document.querySelectorAll('script[data-hm-runtime]').length"), "runtime sent once");
        } finally {
            driver.quit();
        }
    }

    @Test
    void onlyKnownMonthsReachTheSpec() {
        assertEquals("Mar", WebApp.month("month=Mar"));
        assertEquals("Jan", WebApp.month("month=%22%3E%3Cscript%3E"));
        assertEquals("Jan", WebApp.month(null));
    }
}
