// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The project page's dictionary form in a real browser: a refused file shows its message in the form and stores
 * nothing; a TSV glossary is uploaded, listed with its counts, and removed again after a confirmation.
 */
@QuarkusTest
class DictionaryBrowserTest extends BrowserTestBase {
    private static Path files;

    @BeforeAll
    static void createFiles() throws IOException {
        files = Files.createTempDirectory("tandem-dictionaries-");
    }

    @Test
    void shouldUploadListAndRemoveADictionaryFromTheProjectPage() throws IOException {
        long project = WebFixtures.createProject("Glossary in the browser", "zh", "en");
        chromium.signInAsAdmin(root);
        driver.get(root + "projects/" + project);
        assertEquals("No dictionaries yet.", driver.findElement(By.cssSelector("#dictionaries .empty")).getText());
        // where to find one, while there is none
        assertTrue(driver.findElement(By.id("dictionary-advice")).getText().contains("CC-CEDICT"));

        // A file that is no dictionary: the message is in the form, nothing is listed.
        Path prose = Files.writeString(files.resolve("letter.txt"), "Dear reader,\nthis is a letter.\n",
                StandardCharsets.UTF_8);
        upload(prose);
        waitFor(() -> !driver.findElements(By.id("dictionary-error")).isEmpty());
        assertTrue(driver.findElement(By.id("dictionary-error")).getText().contains("Line 1 is not 'source<TAB>target'"),
                driver.findElement(By.id("dictionary-error")).getText());
        assertTrue(driver.findElements(By.cssSelector("table.dictionaries tr[data-dictionary]")).isEmpty());
        // found by use: the page came back scrolled to its top, the message 2,000 pixels below, nothing focused
        assertEquals("file", driver.switchTo().activeElement().getAttribute("name"), "the file field has the focus");
        assertEquals(Boolean.TRUE, ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const r = document.getElementById('dictionary-error').getBoundingClientRect();"
                        + " return r.top >= 0 && r.bottom <= window.innerHeight;"), "the message is in view");
        chromium.screenshot("dictionary-refused.png");

        Path glossary = Files.writeString(files.resolve("animals.tsv"),
                "# animals\n猫\tcat\n狗\tdog\n鸟\tbird\n", StandardCharsets.UTF_8);
        upload(glossary);
        waitFor(() -> driver.getCurrentUrl().endsWith("/projects/" + project + "#dictionaries")
                && !driver.findElements(By.cssSelector("table.dictionaries tr[data-dictionary]")).isEmpty());
        List<WebElement> rows = driver.findElements(By.cssSelector("table.dictionaries tr[data-dictionary]"));
        assertEquals(1, rows.size());
        assertTrue(driver.findElements(By.id("dictionary-advice")).isEmpty());
        assertEquals(List.of("animals.tsv", "tsv", "3", "0"), rows.get(0).findElements(By.tagName("td")).stream()
                .limit(4).map(WebElement::getText).toList());
        assertEquals(1, given().get("/api/projects/" + project + "/dictionaries").jsonPath().getList("id").size());
        chromium.screenshot("dictionary-listed.png");

        // Remove asks first, naming the dictionary and its entries; "Keep it" goes back with nothing removed.
        rows.get(0).findElement(By.linkText("Remove…")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/remove"));
        assertEquals("Remove the dictionary “animals.tsv”?", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.cssSelector(".delete-confirmation")).getText()
                .contains("with its 3 entries from the project"));
        chromium.screenshot("dictionary-remove-confirmation.png");
        driver.findElement(By.linkText("Keep it")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/projects/" + project + "#dictionaries"));
        assertEquals(1, given().get("/api/projects/" + project + "/dictionaries").jsonPath().getList("id").size());

        driver.findElement(By.cssSelector("table.dictionaries tr[data-dictionary]")).findElement(By.linkText("Remove…"))
                .click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/remove"));
        driver.findElement(By.cssSelector(".delete-confirmation button.danger")).click();
        waitFor(() -> !driver.findElements(By.cssSelector("#dictionaries .empty")).isEmpty());
        assertEquals("The dictionary was removed.", driver.findElement(By.id("notice")).getText());
        assertEquals(0, given().get("/api/projects/" + project + "/dictionaries").jsonPath().getList("id").size());
    }

    private void upload(Path file) {
        driver.findElement(By.cssSelector("form.dictionary-upload input[name=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        WebElement button = driver.findElement(By.cssSelector("form.dictionary-upload button[type=submit]"));
        button.click();
    }

    private static void waitFor(BooleanSupplier condition) {
        chromium.waitFor(condition, "dictionary-failure.png");
    }
}
