// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A reviewer whose document a colleague deletes while the page is open reads that it is gone, not a bare status code.
 */
@QuarkusTest
class DeletedDocumentBrowserTest extends BrowserTestBase {

    @Test
    void shouldSayTheDocumentIsGoneWhenAColleagueDeletedIt() {
        long project = WebFixtures.createProject("Deleted under the reviewer", "en", "de");
        long document = WebFixtures.createDocument(project, "Soon gone", "The first sentence.\nThe second one.",
                "Der erste Satz.\nDer zweite.");
        chromium.signInAsAdmin(root);
        driver.get(root + "documents/" + document);
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());

        given().queryParam("baseVersion", WebFixtures.version(document)).delete("/api/documents/" + document)
                .then().statusCode(204);
        driver.findElement(By.cssSelector("#toolbar [data-action=confirm]")).click();
        waitFor(() -> driver.findElement(By.id("notice")).getText().contains("no longer there"));
        String notice = driver.findElement(By.id("notice")).getText();
        assertTrue(notice.contains("nothing was changed") && notice.contains("project"), notice);
        chromium.screenshot("review-document-gone.png");
    }

    private static void waitFor(BooleanSupplier condition) {
        chromium.waitFor(condition, "document-gone-failure.png");
    }
}
