// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Found by a reviewer scrolling ahead: every time the next rows loaded, the page jumped back to the current row, and
 * the "Go to pair" field reached by Tab lost its focus to it. Rows that load stay where the reviewer scrolled them.
 * And what a reviewer reads is what is stored: a line break in a sentence shows as one.
 */
@QuarkusTest
class ScrollingReviewBrowserTest extends BrowserTestBase {

    @Test
    void shouldLeaveTheViewAndTheFocusWhereTheReviewerPutThemWhenMoreRowsLoad() {
        var source = new StringBuilder();
        var target = new StringBuilder();
        for (int k = 1; k <= 160; k++) {
            source.append("Satz Nummer ").append(k).append(" steht hier im Original.\n");
            target.append("Sentence number ").append(k).append(" stands here in the translation.\n");
        }
        long project = WebFixtures.createProject("Scrolled ahead", "de", "en");
        long document = WebFixtures.createDocument(project, "Long", source.toString(), target.toString());
        assertEquals(160, WebFixtures.pairs(document).getInt("total"), "one pair a sentence");
        chromium.signInAsAdmin(root);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 720, "deviceScaleFactor", 1, "mobile", false));
        driver.get(root + "documents/" + document);
        waitFor(() -> "0".equals(current()));
        assertEquals(50, rows().size(), "a page's worth of rows first");

        // scrolled to the end of what is loaded, as a wheel or the scrollbar would: the next rows come, the view stays
        driver.executeScript("window.scrollTo(0, document.body.scrollHeight - window.innerHeight)");
        long scrolled = scrollY();
        waitFor(() -> rows().size() > 50 && idle());
        pause();
        assertTrue(scrollY() >= scrolled - 50, "the view stays where it was scrolled to (" + scrolled + "), not back"
                + " at the current row: " + scrollY());
        assertEquals("0", current(), "the current row is still the first");

        // the "Go to pair" field, reached from the page, keeps its focus while rows load below it
        WebElement go = driver.findElement(By.cssSelector("input[name=number]"));
        driver.executeScript("arguments[0].focus(); window.scrollTo(0, document.body.scrollHeight)", go);
        waitFor(() -> rows().size() > 100 && idle());
        pause();
        go.sendKeys("120" + Keys.ENTER);
        waitFor(() -> "119".equals(current()));
    }

    /** Found by a reviewer: a line break typed into a sentence was stored and exported, but shown as a space. */
    @Test
    void shouldShowALineBreakInASentenceAsOne() {
        long project = WebFixtures.createProject("Broken lines", "de", "en");
        long document = WebFixtures.createDocument(project, "Poem", "Erste Zeile.\nZweite Zeile.",
                "First line.\nSecond line.");
        given().contentType(ContentType.JSON).body(Map.of("op", "edit-text", "side", "target", "index", 0,
                "text", "First line,\nstill the first.", "baseVersion", WebFixtures.version(document)))
                .post("/api/documents/" + document + "/edits").then().statusCode(200);
        chromium.signInAsAdmin(root);
        driver.get(root + "documents/" + document);
        waitFor(() -> "0".equals(current()));
        WebElement sentence = rows().get(0).findElement(By.cssSelector("td[data-side=target] .sentence"));
        assertEquals("First line,\nstill the first.", sentence.getText());
    }

    private static long scrollY() {
        return ((Number) driver.executeScript("return Math.round(window.scrollY)")).longValue();
    }

    /** Settling runs after the swap; a moment more for anything it would do to the view. */
    private static void pause() {
        try {
            Thread.sleep(400);
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

    private static boolean idle() {
        return driver.findElements(By.cssSelector(".htmx-request")).isEmpty();
    }

    private static void waitFor(BooleanSupplier condition) {
        chromium.waitFor(condition, "scrolling-review-failure.png");
    }
}
