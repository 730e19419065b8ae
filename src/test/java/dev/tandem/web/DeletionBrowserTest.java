// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A translator removes a wrong upload and then a whole project in a real browser: each time the confirmation says
 * what goes, "Keep it" keeps it, and the page they land on says what happened. Screenshots of both confirmations go
 * to {@code target/screenshots}.
 */
@QuarkusTest
class DeletionBrowserTest extends BrowserTestBase {

    @Test
    void shouldDeleteAWrongUploadAndThenTheProject() {
        long project = WebFixtures.createProject("Novel, chapters 1–2", "zh", "en");
        long wrong = WebFixtures.createDocument(project, "第一章 (wrong file)", "他走了。\n她笑了。", "He left.\nShe laughed.");
        long kept = WebFixtures.createDocument(project, "第二章", "天黑了。", "It got dark.");
        chromium.signInAsAdmin(root);
        driver.get(root + "projects/" + project);

        driver.findElement(By.cssSelector("a.delete[href='/documents/" + wrong + "/delete']")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/documents/" + wrong + "/delete"));
        assertEquals("Delete “第一章 (wrong file)”?", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.cssSelector(".delete-confirmation")).getText()
                .contains("its 2 pairs (0 confirmed)"));
        chromium.screenshot("delete-document.png");
        driver.findElement(By.linkText("Keep it")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/documents/" + wrong));
        given().get("/api/documents/" + wrong).then().statusCode(200);

        driver.get(root + "documents/" + wrong + "/delete");
        driver.findElement(By.cssSelector(".delete-confirmation button.danger")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/projects/" + project + "?deleted=document"));
        assertEquals("The document was deleted.", driver.findElement(By.id("notice")).getText());
        assertTrue(driver.findElements(By.linkText("第一章 (wrong file)")).isEmpty());
        assertEquals(1, driver.findElements(By.linkText("第二章")).size());
        given().get("/api/documents/" + wrong).then().statusCode(404);
        given().get("/api/documents/" + kept).then().statusCode(200);

        driver.findElement(By.linkText("Delete this project…")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/projects/" + project + "/delete"));
        driver.findElement(By.name("confirmName")).sendKeys("Novel");
        driver.findElement(By.cssSelector(".delete-confirmation button.danger")).click();
        waitFor(() -> !driver.findElements(By.id("delete-error")).isEmpty());
        assertTrue(driver.findElement(By.id("delete-error")).getText().contains("“Novel, chapters 1–2”"));
        chromium.screenshot("delete-project-refused.png");
        given().get("/api/projects/" + project).then().statusCode(200);

        driver.findElement(By.name("confirmName")).sendKeys("Novel, chapters 1–2");
        driver.findElement(By.cssSelector(".delete-confirmation button.danger")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/?deleted=project"));
        assertEquals("The project was deleted.", driver.findElement(By.id("notice")).getText());
        assertTrue(driver.findElements(By.linkText("Novel, chapters 1–2")).isEmpty());
        given().get("/api/projects/" + project).then().statusCode(404);
        given().get("/api/documents/" + kept).then().statusCode(404);
    }

    private static void waitFor(BooleanSupplier condition) {
        chromium.waitFor(condition, "deletion-failure.png");
    }
}
