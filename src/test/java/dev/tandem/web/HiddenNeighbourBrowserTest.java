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
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.interactions.Actions;

/**
 * Found by a reviewer working through the unreviewed pairs only: Merge ↓ merged the current pair with the next one
 * in the document, a confirmed pair the filter hid, and the merged pair was unreviewed, the confirmation gone with a
 * notice as the only sign. With a filter on, a move that changes a hidden neighbour asks first.
 */
@QuarkusTest
class HiddenNeighbourBrowserTest extends BrowserTestBase {

    @Test
    void shouldAskBeforeMergingWithAPairTheFilterHides() {
        long project = WebFixtures.createProject("Hidden neighbour", "de", "en");
        long document = WebFixtures.createDocument(project, "Four pairs",
                "Erster Satz hier.\nZweiter Satz hier.\nDritter Satz hier.\nVierter Satz hier.",
                "First sentence here.\nSecond sentence here.\nThird sentence here.\nFourth sentence here.");
        long second = WebFixtures.pairId(document, 1);
        given().contentType(ContentType.JSON).body(Map.of("op", "confirm", "pairs", List.of(second),
                "baseVersion", WebFixtures.version(document))).post("/api/documents/" + document + "/edits")
                .then().statusCode(200);
        long version = WebFixtures.version(document);
        chromium.signInAsAdmin(root);
        driver.get(root + "documents/" + document + "?status=AUTO");
        waitFor(() -> "0".equals(current()));

        new Actions(driver).sendKeys("m").perform();
        Alert asked = awaitAlert();
        assertTrue(asked.getText().contains("hides pair 2"), asked.getText());
        asked.dismiss();
        pause();
        assertEquals(version, WebFixtures.version(document), "dismissed, nothing was merged");
        assertEquals("CONFIRMED", WebFixtures.pairs(document).getString("items[1].status"));

        new Actions(driver).sendKeys("m").perform();
        awaitAlert().accept();
        waitFor(() -> WebFixtures.version(document) == version + 1);
        assertEquals(3, WebFixtures.pairs(document).getInt("total"), "agreed to, the pairs were merged");

        // without a filter the neighbour is in sight: nothing is asked
        driver.get(root + "documents/" + document);
        waitFor(() -> "0".equals(current()));
        new Actions(driver).sendKeys("m").perform();
        waitFor(() -> WebFixtures.version(document) == version + 2);
    }

    private static Alert awaitAlert() {
        for (int k = 0; k < 100; k++) {
            try {
                return driver.switchTo().alert();
            } catch (NoAlertPresentException notYet) {
                pause();
            }
        }
        throw new AssertionError("no question was asked");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String current() {
        return driver.findElements(By.cssSelector("tr.pair.current")).stream()
                .map(r -> r.getDomAttribute("data-position")).findFirst().orElse("");
    }

    private static void waitFor(BooleanSupplier condition) {
        chromium.waitFor(condition, "hidden-neighbour-failure.png");
    }
}
