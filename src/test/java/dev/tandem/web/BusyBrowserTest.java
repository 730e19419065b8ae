// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.service.RequestAdmission;
import dev.tandem.testing.ShortTransactions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A reviewer who confirms a pair while the server has no turn free for a while (the profile waits 1 s for one) reads
 * that nothing was changed and to try again, and the same click a moment later confirms the pair. An action whose
 * answer is slow (realign or undo on a long document) says it is working and is not sent twice.
 */
@QuarkusTest
@TestProfile(ShortTransactions.class)
class BusyBrowserTest extends BrowserTestBase {
    @Inject
    RequestAdmission admission;

    @Test
    void shouldSayTheServerIsBusyAndConfirmOnTheNextTry() throws Exception {
        long document = openTwoPairs("Busy browser");

        long version = WebFixtures.version(document);
        try (var full = admission.occupyAll()) {
            driver.findElement(By.cssSelector("#toolbar [data-action=confirm]")).click();
            waitFor(() -> driver.findElement(By.id("notice")).getText().contains("busy"));
        }
        assertEquals("The server is busy or cannot reach its database: nothing was changed. Try again in a few seconds.",
                driver.findElement(By.id("notice")).getText());
        chromium.screenshot("review-busy.png");
        assertEquals(version, WebFixtures.version(document), "nothing was changed");

        driver.findElement(By.cssSelector("#toolbar [data-action=confirm]")).click();
        waitFor(() -> String.valueOf(version + 1).equals(driver.findElement(By.id("review-header"))
                .getDomAttribute("data-version")));
        given().get("/api/documents/" + document + "/pairs").then().statusCode(200)
                .body("items[0].status", equalTo("CONFIRMED"));
    }

    @Test
    void shouldShowASlowActionAtWorkAndNotSendItTwice() {
        long document = openTwoPairs("Slow answer");
        long version = WebFixtures.version(document);
        driver.findElement(By.cssSelector("#toolbar [data-action=confirm]")).click();
        waitFor(() -> String.valueOf(version + 1).equals(driver.findElement(By.id("review-header"))
                .getDomAttribute("data-version")));

        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 2500,
                "downloadThroughput", -1, "uploadThroughput", -1));
        try {
            WebElement undo = driver.findElement(By.cssSelector("#toolbar [data-action=undo]"));
            undo.click();
            waitFor(() -> "Undoing…".equals(undo.getText()));
            assertEquals("true", undo.getDomAttribute("aria-busy"));
            assertEquals(false, undo.isEnabled(), "the button waits for its answer");
            // the impatient second press, by key and by click: nothing is sent again
            driver.findElement(By.tagName("body")).sendKeys("z");
            driver.executeScript("arguments[0].click()", undo);
        } finally {
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
        }
        waitFor(() -> String.valueOf(version + 2).equals(driver.findElement(By.id("review-header"))
                .getDomAttribute("data-version")));
        WebElement undo = driver.findElement(By.cssSelector("#toolbar [data-action=undo]"));
        waitFor(() -> undo.isEnabled() && "Undo".equals(undo.getText()));
        assertEquals(version + 2, WebFixtures.version(document), "one undo, not two");
        given().get("/api/documents/" + document + "/pairs").then().statusCode(200)
                .body("items[0].status", equalTo("AUTO"));
    }

    /** A new project's two-pair document, open on the review page; its id. */
    private long openTwoPairs(String projectName) {
        long project = WebFixtures.createProject(projectName, "en", "de");
        long document = WebFixtures.createDocument(project, "Two", "The first sentence.\nThe second one.",
                "Der erste Satz.\nDer zweite.");
        chromium.signInAsAdmin(root);
        driver.get(root + "documents/" + document);
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());
        return document;
    }

    private static void waitFor(BooleanSupplier condition) {
        chromium.waitFor(condition, "busy-failure.png");
    }
}
