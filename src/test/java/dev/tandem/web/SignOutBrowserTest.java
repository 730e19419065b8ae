// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Found by use: after signing out, the browser's Back button showed the review page with a client's sentences again,
 * from the browser's cache. Pages and API answers are marked {@code Cache-Control: no-store}; scripts and styles not.
 */
@QuarkusTest
class SignOutBrowserTest extends BrowserTestBase {

    @Test
    void shouldNotShowADocumentAgainByGoingBackAfterSigningOut() {
        long project = WebFixtures.createProject("Confidential client", "en", "de");
        long document = WebFixtures.createDocument(project, "Under NDA", "Quokkafusion is our secret.",
                "Quokkafusion ist unser Geheimnis.");
        chromium.signInAsAdmin(root);
        driver.get(root + "documents/" + document);
        chromium.waitFor(() -> driver.getPageSource().contains("Quokkafusion is our secret."), "signout-review.png");
        driver.findElement(By.cssSelector("form.signout button")).click();
        chromium.waitFor(() -> driver.getCurrentUrl().contains("/login"), "signout-login.png");

        driver.navigate().back();
        chromium.waitFor(() -> driver.getCurrentUrl().contains("/login"), "signout-back.png");
        assertFalse(driver.getPageSource().contains("Quokkafusion"), "Back after signing out shows no sentence");

        BrowserSession.given().get("/documents/" + document).then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
        given().get("/api/documents/" + document + "/pairs").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
        given().get("/css/app.css").then().header("Cache-Control", not(equalTo("no-store")));
        assertTrue(driver.findElements(By.cssSelector("input[name=username]")).size() == 1, "the sign-in form");
    }
}
