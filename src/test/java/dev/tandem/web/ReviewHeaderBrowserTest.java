// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The review page's header in a real browser, as a translator with a mouse met it: a disabled button looks disabled.
 */
@QuarkusTest
class ReviewHeaderBrowserTest extends BrowserTestBase {

    /** Found by a translator: "Confirm 0 confident pairs" was disabled but kept its green and a pointer cursor. */
    @Test
    void shouldShowADisabledButtonAsDisabled() {
        long document = documentWithoutConfidentPairs();
        chromium.signInAsAdmin(root);
        driver.get(root + "documents/" + document);
        WebElement confident = driver.findElement(By.cssSelector("button.confident"));
        assertFalse(confident.isEnabled(), confident.getText());
        assertEquals("not-allowed", confident.getCssValue("cursor"));
        assertTrue(Double.parseDouble(confident.getCssValue("opacity")) < 1, confident.getCssValue("opacity"));
        assertEquals("rgba(227, 231, 238, 1)", confident.getCssValue("background-color"), "grey, not green");
        WebElement download = driver.findElement(By.cssSelector("#review-header form.export button"));
        assertEquals("pointer", download.getCssValue("cursor"), "an enabled button keeps its pointer");
    }

    /** Two pairs, both rejected: none unreviewed, so none "confirm confident" could confirm. */
    private static long documentWithoutConfidentPairs() {
        long project = WebFixtures.createProject("Nothing confident", "en", "de");
        long document = WebFixtures.createDocument(project, "Two", "It snowed in Berlin.\nThe trains ran late.",
                "Es schneite in Berlin.\nDie Züge hatten Verspätung.");
        for (int position = 0; position < 2; position++) {
            given().contentType(ContentType.JSON).body(Map.of("op", "reject", "baseVersion",
                    WebFixtures.version(document), "pair", WebFixtures.pairId(document, position)))
                    .post("/api/documents/" + document + "/edits").then().statusCode(200);
        }
        return document;
    }
}
