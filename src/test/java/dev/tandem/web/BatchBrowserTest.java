// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.BatchZip;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The batch import on the project page in a real browser: the zip's pairing is shown (with the unreadable and the
 * unpaired file and their reasons) and nothing stored; the import is confirmed, its page followed to the end, and it
 * lists 19 imported documents and the two reasons.
 */
@QuarkusTest
class BatchBrowserTest extends BrowserTestBase {
    @Test
    void shouldShowThePairingThenImportNineteenOfTwentyPairsWithTheReasonsShown() throws IOException {
        long project = WebFixtures.createProject("Batch in the browser", "zh", "en");
        Path zip = Files.createTempDirectory("tandem-batch-test-").resolve("twenty.zip");
        Files.write(zip, BatchZip.twentyPairs());
        chromium.signInAsAdmin(root);
        driver.get(root + "projects/" + project);

        driver.findElement(By.cssSelector("form.batch input[name=file]")).sendKeys(zip.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form.batch button.batch-preview")).click();
        waitFor(() -> !driver.findElements(By.cssSelector("#batch-pairing table.batch-items")).isEmpty(), 15);
        assertEquals("twenty.zip: 19 pairs to import, 2 left out (see why below).",
                driver.findElement(By.cssSelector("#batch-pairing p.summary")).getText());
        List<WebElement> refused = driver.findElements(By.cssSelector("#batch-pairing tr.item-refused"));
        assertEquals(2, refused.size());
        assertTrue(refused.get(0).getText().contains("not a DOCX document"), refused.get(0).getText());
        assertTrue(refused.get(1).getText().contains("no translation found for lonely.zh.txt: expected"
                + " lonely.en.txt"), refused.get(1).getText());
        assertEquals(19, driver.findElements(By.cssSelector("#batch-pairing tr.item-ready")).size());
        // tall enough for the whole pairing, the summary and its button in one picture
        driver.manage().window().setSize(new Dimension(1400, 1600));
        ((JavascriptExecutor) driver).executeScript("document.querySelector('section.batch').scrollIntoView()");
        chromium.screenshot("batch-pairing.png");
        assertEquals(0, given().get("/api/projects/" + project + "/documents").jsonPath().getList("id").size(),
                "showing the pairing stored nothing");

        driver.findElement(By.cssSelector("#batch-pairing button.batch-import")).click();
        waitFor(() -> driver.getCurrentUrl().matches(".*/jobs/\\d+$"), 15);
        // the job page refreshes itself each second until the import is done
        waitFor(() -> !driver.findElements(By.cssSelector("section.job[data-state=DONE]")).isEmpty(), 180);
        assertEquals("Pairs: 19 imported, 2 refused",
                driver.findElement(By.cssSelector("section.batch-result h2")).getText());
        assertEquals(19, driver.findElements(By.cssSelector("section.batch-result tr.item-imported a")).size());
        String reasons = driver.findElements(By.cssSelector("section.batch-result tr.item-refused")).stream()
                .map(WebElement::getText).reduce("", String::concat);
        assertTrue(reasons.contains("refused: The source file: The file is named .docx but is not a DOCX document"),
                reasons);
        assertTrue(reasons.contains("no translation found for lonely.zh.txt"), reasons);
        chromium.screenshot("batch-job.png");
        assertEquals(19, given().get("/api/projects/" + project + "/documents?limit=100").jsonPath().getList("id")
                .size());
    }

    private static void waitFor(BooleanSupplier condition, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        chromium.waitFor(condition, "batch-failure.png");
    }
}
