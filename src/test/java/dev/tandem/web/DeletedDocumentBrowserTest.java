// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A reviewer whose document a colleague deletes, or whose role is taken away, while the page is open reads why the
 * next edit is refused, not a bare status code.
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
        assertTrue(notice.contains("Nothing was changed") && notice.contains("project"), notice);
        chromium.screenshot("review-document-gone.png");
    }

    @Test
    void shouldSayWhyAnEditIsRefusedWhenTheReviewerWasMadeAViewer() {
        long project = WebFixtures.createProject("Demoted under the reviewer", "en", "de");
        long document = WebFixtures.createDocument(project, "Still here", "The first sentence.\nThe second one.",
                "Der erste Satz.\nDer zweite.");
        given().contentType(ContentType.JSON).body(Map.of("username", "demoted-reviewer",
                "password", "demoted-reviewer-password", "admin", false)).post("/api/users").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("role", "editor"))
                .put("/api/projects/" + project + "/members/demoted-reviewer").then().statusCode(anyOf(is(200), is(201), is(204)));
        chromium.signIn(root, "demoted-reviewer", "demoted-reviewer-password");
        driver.get(root + "documents/" + document);
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());

        given().contentType(ContentType.JSON).body(Map.of("role", "viewer"))
                .put("/api/projects/" + project + "/members/demoted-reviewer").then().statusCode(anyOf(is(200), is(201), is(204)));
        driver.findElement(By.cssSelector("#toolbar [data-action=confirm]")).click();
        waitFor(() -> driver.findElement(By.id("notice")).getText().contains("You may no longer do this here"));
        String notice = driver.findElement(By.id("notice")).getText();
        assertTrue(notice.contains("viewer") && notice.contains("Nothing was changed"), notice);
        assertEquals("AUTO", WebFixtures.pairs(document).getString("items[0].status"));
    }

    @Test
    void shouldSayTheReviewerMayHaveBeenRemovedFromTheProject() {
        long project = WebFixtures.createProject("Removed under the reviewer", "en", "de");
        long document = WebFixtures.createDocument(project, "Not theirs any more", "The first sentence.\nThe second.",
                "Der erste Satz.\nDer zweite.");
        given().contentType(ContentType.JSON).body(Map.of("username", "removed-reviewer",
                "password", "removed-reviewer-password", "admin", false)).post("/api/users").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("role", "editor"))
                .put("/api/projects/" + project + "/members/removed-reviewer").then().statusCode(201);
        chromium.signIn(root, "removed-reviewer", "removed-reviewer-password");
        driver.get(root + "documents/" + document);
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());

        // found by use: a removed member was told the document had been deleted
        given().delete("/api/projects/" + project + "/members/removed-reviewer").then().statusCode(204);
        driver.findElement(By.cssSelector("#toolbar [data-action=confirm]")).click();
        waitFor(() -> driver.findElement(By.id("notice")).getText().contains("no longer there for you"));
        String notice = driver.findElement(By.id("notice")).getText();
        assertTrue(notice.contains("removed you from the project") && notice.contains("Nothing was changed"), notice);
        assertEquals("AUTO", WebFixtures.pairs(document).getString("items[0].status"));
    }

    private static void waitFor(BooleanSupplier condition) {
        chromium.waitFor(condition, "document-gone-failure.png");
    }
}
