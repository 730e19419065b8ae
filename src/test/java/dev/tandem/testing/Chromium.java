// SPDX-License-Identifier: Apache-2.0
package dev.tandem.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system Chromium for the browser tests, headless and offline (its own background lookups go nowhere), with a
 * throw-away profile. Skips the calling test class when no browser is installed, unless
 * {@code -Dtandem.require-browser=true} (CI) makes that a failure.
 */
public final class Chromium implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    public static Chromium start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "No browser: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed for the browser tests "
                    + "(apt-get install -y chromium chromium-driver).";
            if (Boolean.getBoolean("tandem.require-browser")) {
                Assertions.fail(message + " tandem.require-browser=true, so this is a failure.");
            }
            Assumptions.abort(message + " Skipped.");
        }
        Path profile = Files.createTempDirectory("tandem-chromium-");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
                "--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,1000", "--lang=en");
        var driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
        return new Chromium(service, driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Saves what the page shows under target/screenshots. */
    public void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in as the admin through the sign-in form, from an empty cookie jar. */
    public void signInAsAdmin(URL root) {
        signIn(root, AdminCredentials.USERNAME, AdminCredentials.PASSWORD);
    }

    /** Signs in as {@code username} through the sign-in form, from an empty cookie jar. */
    public void signIn(URL root, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(root.toString());
        waitFor(() -> driver.getCurrentUrl().contains("/login"), "sign-in-failure.png");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(() -> !driver.getCurrentUrl().contains("/login"), "sign-in-failure.png");
    }

    /** Waits up to 15 s for {@code condition}; on a timeout saves {@code screenshot} and fails naming the page. */
    public void waitFor(BooleanSupplier condition, String screenshot) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> holds(condition));
        } catch (TimeoutException e) {
            screenshot(screenshot);
            throw new AssertionError("Timed out on " + driver.getCurrentUrl(), e);
        }
    }

    /**
     * {@code condition}, false while an element it reads was replaced mid-call: ChromeDriver 156 reports a row that an
     * htmx swap removed between finding it and reading it as an inspector error ("Node with given id does not belong
     * to the document"), not as a stale element, and a wait gave up on it (KeepingPlaceBrowserTest in CI).
     */
    public static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (WebDriverException e) {
            if (!(e instanceof StaleElementReferenceException)
                    && String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        service.stop();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
