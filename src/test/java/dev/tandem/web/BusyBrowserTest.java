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
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A reviewer who confirms a pair while the server has no turn free for a while (the profile waits 1 s for one) reads
 * that nothing was changed and to try again, and the same click a moment later confirms the pair.
 */
@QuarkusTest
@TestProfile(ShortTransactions.class)
class BusyBrowserTest extends BrowserTestBase {
    @Inject
    RequestAdmission admission;

    @Test
    void shouldSayTheServerIsBusyAndConfirmOnTheNextTry() throws Exception {
        long project = WebFixtures.createProject("Busy browser", "en", "de");
        long document = WebFixtures.createDocument(project, "Two", "The first sentence.\nThe second one.",
                "Der erste Satz.\nDer zweite.");
        chromium.signInAsAdmin(root);
        driver.get(root + "documents/" + document);
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());

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

    private static void waitFor(BooleanSupplier condition) {
        chromium.waitFor(condition, "busy-failure.png");
    }
}
