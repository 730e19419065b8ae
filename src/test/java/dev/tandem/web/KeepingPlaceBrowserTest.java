// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Found by a reviewer on a tablet, by touch: a link to pair 151 opened on it, then the rows before it loaded and put
 * it 7,000 px below the window; Back or a reload after scrolling opened 3,000 px away from the current pair, and the
 * history's "Back to the review" at pair 1; a tap on Confirm then confirmed that pair out of sight; and a tap on
 * Merge ↓ above an open editor threw the typed text away.
 */
@QuarkusTest
class KeepingPlaceBrowserTest extends BrowserTestBase {
    private long document;

    @BeforeEach
    void longDocument() {
        var source = new StringBuilder();
        var target = new StringBuilder();
        for (int k = 1; k <= 160; k++) {
            source.append("Satz Nummer ").append(k).append(" steht hier im Original.\n");
            target.append("Sentence number ").append(k).append(" stands here in the translation.\n");
        }
        long project = WebFixtures.createProject("Keeping place", "de", "en");
        document = WebFixtures.createDocument(project, "Long", source.toString(), target.toString());
        chromium.signInAsAdmin(root);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 820, "height", 1180, "deviceScaleFactor", 1, "mobile", false));
    }

    @Test
    void shouldKeepALinkedPairInViewWhileTheRowsBeforeItLoad() {
        driver.get(root + "documents/" + document + "?focus=" + WebFixtures.pairId(document, 120));
        waitFor(() -> "120".equals(current()));
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair[data-position='70']")).isEmpty() && idle());
        pause();
        assertTrue(currentOnScreen(), "pair 121 in view after the rows before it loaded: " + layout());
    }

    @Test
    void shouldOpenAtTheCurrentPairAgainAfterScrollingAwayAndReloading() {
        driver.get(root + "documents/" + document);
        waitFor(() -> "0".equals(current()));
        driver.findElement(By.cssSelector("input[name=number]")).sendKeys("91" + Keys.ENTER);
        waitFor(() -> "90".equals(current()) && driver.getCurrentUrl().contains("focus="));
        driver.executeScript("window.scrollTo(0, document.body.scrollHeight)");
        waitFor(this::idle);
        pause();
        driver.navigate().refresh();
        waitFor(() -> "90".equals(current()) && idle());
        pause();
        assertTrue(currentOnScreen(), "reloaded at pair 91: " + layout());
    }

    @Test
    void shouldComeBackFromTheHistoryToTheCurrentPair() {
        driver.get(root + "documents/" + document);
        waitFor(() -> "0".equals(current()));
        driver.findElement(By.cssSelector("input[name=number]")).sendKeys("91" + Keys.ENTER);
        waitFor(() -> "90".equals(current()));
        driver.findElement(By.linkText("History")).click();
        waitFor(() -> driver.getCurrentUrl().contains("/history"));
        driver.findElement(By.linkText("Back to the review")).click();
        waitFor(() -> "90".equals(current()) && idle());
        pause();
        assertTrue(currentOnScreen(), "back at pair 91, not at pair 1: " + layout());
    }

    @Test
    void shouldNotActOnAPairOutOfSight() {
        driver.get(root + "documents/" + document);
        waitFor(() -> "0".equals(current()));
        driver.executeScript("window.scrollTo(0, 3000)");
        pause();
        WebElement confirm = driver.findElement(By.cssSelector("#toolbar [data-action=confirm]"));
        confirm.click();
        waitFor(() -> driver.findElement(By.id("notice")).getText().contains("out of sight"));
        assertEquals("Pair 1, which this acts on, was out of sight: here it is. Press again to go on with it, or pick"
                + " another pair.", driver.findElement(By.id("notice")).getText());
        assertEquals("AUTO", WebFixtures.pairs(document).getString("items[0].status"), "nothing confirmed unseen");
        waitFor(this::currentOnScreen);
        confirm.click();
        waitFor(() -> "CONFIRMED".equals(WebFixtures.pairs(document).getString("items[0].status")));
    }

    @Test
    void shouldKeepTypedTextWhenAnotherPairIsChanged() {
        driver.get(root + "documents/" + document);
        waitFor(() -> "0".equals(current()));
        new Actions(driver).sendKeys("j", "j").perform();
        waitFor(() -> "2".equals(current()));
        new Actions(driver).sendKeys("e").perform();
        waitFor(() -> !driver.findElements(By.cssSelector("form.editor textarea")).isEmpty());
        new Actions(driver).sendKeys(Keys.END, " MEINE KORREKTUR").perform();
        rows().get(1).findElement(By.cssSelector("td[data-side=source] .sentence")).click();
        waitFor(() -> "1".equals(current()));
        driver.findElement(By.cssSelector("#toolbar [data-action=merge-pairs]")).click();
        waitFor(() -> driver.findElement(By.id("notice")).getText().contains("not saved yet"));
        assertEquals("Your change to pair 3 is not saved yet: press Enter (Save) to keep it or Esc (Cancel) to drop it,"
                + " then go on.", driver.findElement(By.id("notice")).getText());
        WebElement editor = driver.findElement(By.cssSelector("form.editor textarea"));
        assertEquals("Satz Nummer 3 steht hier im Original. MEINE KORREKTUR", editor.getDomProperty("value"));
        assertEquals(editor, driver.switchTo().activeElement(), "back in the editor");
        assertEquals(160, WebFixtures.pairs(document).getInt("total"), "nothing merged");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitFor(() -> driver.findElements(By.cssSelector("form.editor")).isEmpty() && idle());
        assertEquals(List.of("Satz Nummer 3 steht hier im Original. MEINE KORREKTUR"),
                WebFixtures.pairs(document).getList("items[2].source.text"));
    }

    /**
     * Found by use with 100 ms of latency: "a" pressed six times, each before the last answer came, confirmed four pairs
     * and said twice that a pair was already confirmed; the keys acted on the row that was current when pressed.
     */
    @Test
    void shouldApplyKeysPressedBeforeTheLastAnswerCameToTheRowsTheyWereMeantFor() {
        driver.get(root + "documents/" + document);
        waitFor(() -> "0".equals(current()) && idle());
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 300,
                "downloadThroughput", -1, "uploadThroughput", -1));
        try {
            for (int k = 0; k < 6; k++) {
                new Actions(driver).sendKeys("a").perform();
                pauseMillis(100);
            }
            waitFor(() -> "6".equals(current()) && idle());
            pause();
        } finally {
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
        }
        List<String> statuses = WebFixtures.pairs(document).getList("items.status");
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED",
                "AUTO"), statuses.subList(0, 7), "one pair confirmed per key, in order");
        String notice = driver.findElement(By.id("notice")).getText();
        assertTrue(!notice.contains("already"), "no key acted on a pair it was not meant for: " + notice);
    }

    private boolean currentOnScreen() {
        return Boolean.TRUE.equals(driver.executeScript("var r = document.querySelector('tr.pair.current')"
                + ".getBoundingClientRect(), top = document.querySelector('table.review-table thead')"
                + ".getBoundingClientRect().bottom; return r.top >= Math.max(0, top) - 2 && r.bottom <= innerHeight;"));
    }

    private Object layout() {
        return driver.executeScript("var r = document.querySelector('tr.pair.current').getBoundingClientRect();"
                + " return 'current row ' + r.top + '-' + r.bottom + ', window ' + innerHeight + ', scrolled ' + scrollY"
                + " + ', ' + document.querySelectorAll('#rows tr.pair').length + ' rows';");
    }

    private boolean idle() {
        return driver.findElements(By.cssSelector(".htmx-request")).isEmpty();
    }

    private static void pause() {
        pauseMillis(500);
    }

    private static void pauseMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#rows tr.pair"));
    }

    private static String current() {
        return driver.findElements(By.cssSelector("tr.pair.current")).stream()
                .map(r -> r.getDomAttribute("data-position")).findFirst().orElse("");
    }

    private static void waitFor(BooleanSupplier condition) {
        chromium.waitFor(condition, "keeping-place-failure.png");
    }
}
