// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.SnowReport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A translator with the Chinese snow report in English and French adds the German from the document's translations
 * page, sees the three translations side by side under the original, and follows a German cell to its pair on the
 * German review page. A screenshot of the grid goes to {@code target/screenshots}.
 */
@QuarkusTest
class TranslationsBrowserTest extends BrowserTestBase {

    @Test
    void shouldAddATranslationAndShowAllThreeBesideTheOriginal() {
        long project = WebFixtures.createProject("Snow in three languages", "zh", "en");
        long original = WebFixtures.createDocument(project, "Snow", SnowReport.ZH, SnowReport.EN);
        given().contentType(ContentType.JSON).body(Map.of("targetLanguage", "fr", "targetText", SnowReport.FR))
                .post("/api/documents/" + original + "/versions").then().statusCode(201);
        chromium.signInAsAdmin(root);
        driver.get(root + "documents/" + original);
        driver.findElement(By.partialLinkText("Translations (2)")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/documents/" + original + "/translations"));

        // a wrong language is refused with the reason, the pasted text kept
        driver.findElement(By.name("targetLanguage")).sendKeys("zh");
        driver.findElement(By.name("targetText")).sendKeys(SnowReport.DE);
        driver.findElement(By.cssSelector("form.add-translation button[type=submit]")).click();
        waitFor(() -> !driver.findElements(By.id("version-error")).isEmpty());
        assertTrue(driver.findElement(By.id("version-error")).getText().contains("original's language"),
                driver.findElement(By.id("version-error")).getText());
        assertTrue(driver.findElement(By.name("targetText")).getAttribute("value").startsWith("Der Winter"));

        WebElement language = driver.findElement(By.name("targetLanguage"));
        language.clear();
        language.sendKeys("de");
        driver.findElement(By.name("title")).sendKeys("Schnee");
        driver.findElement(By.cssSelector("form.add-translation button[type=submit]")).click();
        waitFor(() -> driver.findElements(By.cssSelector("table.translations thead th")).size() == 5);
        List<String> headers = driver.findElements(By.cssSelector("table.translations thead th")).stream()
                .map(th -> th.getDomProperty("textContent").replaceAll("\\s+", " ").strip()).toList();
        assertEquals(List.of("#", "Original zh", "en Snow", "fr Snow (fr)", "de Schnee"), headers);
        List<WebElement> firstRow = driver.findElements(By.cssSelector("table.translations tbody tr:first-child td"));
        assertTrue(firstRow.get(1).getText().startsWith("北京今年的冬天来得很早。"), firstRow.get(1).getText());
        assertTrue(firstRow.get(4).getText().startsWith("Der Winter kam dieses Jahr früh nach Peking."),
                firstRow.get(4).getText());
        chromium.screenshot("translations-grid.png");

        long german = given().get("/api/documents/" + original).jsonPath().getLong("versions[1].id");
        firstRow.get(4).findElement(By.cssSelector("a.pair-link")).click();
        waitFor(() -> driver.getCurrentUrl().contains("/documents/" + german + "?page=1&focus="));
        long pair = given().get("/api/documents/" + german + "/pairs").jsonPath().getLong("items[0].id");
        waitFor(() -> driver.findElement(By.id("pair-" + pair)).getAttribute("class").contains("current"));
    }

    @Test
    void shouldExplainWhyThereIsNoMultilingualTmxWhenTwoTranslationsShareALanguage() {
        long project = WebFixtures.createProject("Snow twice in French", "zh", "en");
        long original = WebFixtures.createDocument(project, "Snow", SnowReport.ZH, SnowReport.EN);
        chromium.signInAsAdmin(root);
        driver.get(root + "documents/" + original + "/translations");
        assertEquals(1, driver.findElements(By.cssSelector("a[href*='languages=all']")).size(), "one per language");
        for (String title : List.of("Neige", "Neige, révisée")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("targetLanguage", "fr", "targetText", SnowReport.FR, "title", title))
                    .post("/api/documents/" + original + "/versions").then().statusCode(201);
        }
        driver.get(root + "documents/" + original + "/translations");
        assertTrue(driver.findElements(By.cssSelector("a[href*='languages=all']")).isEmpty(),
                "no link to a file the server would refuse");
        String why = driver.findElement(By.id("no-multilingual-tmx")).getText().replaceAll("\\s+", " ");
        assertTrue(why.contains("No multilingual TMX for now: it holds one translation per language, and fr has more"
                + " than one here. Export each translation on its review page, or delete the one you do not need."),
                why);
        chromium.screenshot("translations-same-language.png");
    }

    private static void waitFor(BooleanSupplier condition) {
        chromium.waitFor(condition, "translations-failure.png");
    }
}
