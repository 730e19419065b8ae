// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The segmentation rules page in a real browser: reached from the project page, a pasted paragraph previewed live
 * under the built-in rules and then under edited rules as they are typed, the rules saved (the unreviewed document
 * split again, the reviewed one kept and then
 * split on request, after a confirmation naming what it loses), a broken draft refused with its line and nothing
 * stored, and the way back to the built-in rules.
 */
@QuarkusTest
class SegmentationBrowserTest extends BrowserTestBase {
    private static final String TEXT = "Dr. Smith arrived at noon. He sat down.";
    /** Every period before a space ends a sentence: no abbreviations. */
    private static final String PLAIN_RULES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <srx xmlns="http://www.lisa.org/srx20" version="2.0">
              <header segmentsubflows="yes" cascade="no"/>
              <body>
                <languagerules>
                  <languagerule languagerulename="Plain">
                    <rule break="yes"><beforebreak>\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
                  </languagerule>
                </languagerules>
                <maprules><languagemap languagepattern=".*" languagerulename="Plain"/></maprules>
              </body>
            </srx>
            """;

    @Test
    void shouldPreviewEditSaveAndResetTheRules() {
        long project = WebFixtures.createProject("Rules in the browser", "en", "de");
        long fresh = document(project, "Fresh");
        long reviewed = document(project, "Reviewed");
        long pair = WebFixtures.pairId(reviewed, 0);
        given().contentType(ContentType.JSON).header("If-Match", "\"d" + reviewed + "-v" + WebFixtures.version(reviewed) + "\"")
                .body(Map.of("op", "confirm", "pairs", new long[] {pair}))
                .post("/api/documents/" + reviewed + "/edits").then().statusCode(200);

        chromium.signInAsAdmin(root);
        driver.get(root + "projects/" + project);
        driver.findElement(By.id("segmentation-link")).click();
        chromium.waitFor(() -> !driver.findElements(By.id("srx")).isEmpty(), "segmentation-failure.png");
        assertTrue(driver.findElement(By.id("rules-in-force")).getText().contains("Tandem's built-in rules"));
        assertTrue(driver.findElement(By.id("abbreviations-original")).getAttribute("value").contains("Dr."),
                "the built-in English abbreviations are listed");

        driver.findElement(By.id("sample")).sendKeys(TEXT);
        chromium.waitFor(() -> previewed().size() == 2, "segmentation-failure.png");
        assertEquals(List.of("Dr. Smith arrived at noon.", "He sat down."), previewed());

        // Edited rules preview as they are typed (the whole text replaced, then one more keystroke as a person types).
        setRules(PLAIN_RULES);
        chromium.waitFor(() -> previewed().size() == 3, "segmentation-failure.png");
        assertEquals(List.of("Dr.", "Smith arrived at noon.", "He sat down."), previewed());
        chromium.screenshot("segmentation-preview.png");

        // A reload mid-edit keeps the unsaved draft and the pasted text, says so, and previews them at once; the draft
        // can be discarded, and typed again.
        driver.navigate().refresh();
        chromium.waitFor(() -> previewed().size() == 3, "segmentation-failure.png");
        assertTrue(driver.findElement(By.id("srx")).getAttribute("value").contains("Plain"), "the draft is still there");
        assertEquals(List.of("Dr.", "Smith arrived at noon.", "He sat down."), previewed());
        assertTrue(driver.findElement(By.id("draft-restored")).getText().contains("unsaved changes were restored"));
        chromium.screenshot("segmentation-draft-restored.png");
        driver.findElement(By.id("discard-draft")).click();
        chromium.waitFor(() -> previewed().size() == 2, "segmentation-failure.png");
        assertTrue(driver.findElements(By.id("draft-restored")).isEmpty());
        assertTrue(driver.findElement(By.id("srx")).getAttribute("value").contains("bs ordinals"), "built-in again");
        driver.navigate().refresh();
        chromium.waitFor(() -> previewed().size() == 2, "segmentation-failure.png");
        assertTrue(driver.findElements(By.id("draft-restored")).isEmpty(), "a discarded draft stays discarded");
        setRules(PLAIN_RULES);
        chromium.waitFor(() -> previewed().size() == 3, "segmentation-failure.png");

        driver.findElement(By.id("save-rules")).click();
        chromium.waitFor(() -> !driver.findElements(By.id("resegment-outcome")).isEmpty(), "segmentation-failure.png");
        assertTrue(driver.findElements(By.id("draft-restored")).isEmpty(), "a saved draft is no draft");
        String outcome = driver.findElement(By.id("resegment-outcome")).getText();
        assertTrue(outcome.contains("1 document re-segmented, 1 kept"), outcome);
        assertTrue(driver.findElement(By.id("rules-in-force")).getText().contains("its own rules"));
        assertEquals(3, sourceSentences(fresh), "the unreviewed document is split with the new rules");
        assertEquals(2, sourceSentences(reviewed), "the reviewed one keeps its sentences");
        chromium.screenshot("segmentation-saved.png");

        // Splitting the reviewed ones asks first, naming what each loses, with a copy to export.
        driver.findElement(By.id("resegment-all")).click();
        chromium.waitFor(() -> !driver.findElements(By.id("resegment-confirmation")).isEmpty(), "segmentation-failure.png");
        String row = driver.findElement(By.cssSelector("tr[data-document='" + reviewed + "']")).getText();
        assertTrue(row.contains("Reviewed") && row.contains("1 1 TMX · TSV"), row);
        assertTrue(driver.findElements(By.cssSelector("tr[data-document='" + fresh + "']")).isEmpty(), "unreviewed");
        assertEquals(2, sourceSentences(reviewed), "nothing is split before the confirmation");
        chromium.screenshot("segmentation-resegment-confirmation.png");
        driver.findElement(By.id("resegment-confirm")).click();
        chromium.waitFor(() -> !driver.findElements(By.id("resegment-outcome")).isEmpty()
                && driver.findElement(By.id("resegment-outcome")).getText().contains("Reviewed"),
                "segmentation-failure.png");
        assertEquals(3, sourceSentences(reviewed), "split on request");

        // A draft that does not compile is refused with its line, and the saved rules stay.
        setRules(PLAIN_RULES.replace("<beforebreak>\\.</beforebreak>", "<beforebreak>[.</beforebreak>"));
        chromium.waitFor(() -> !driver.findElements(By.cssSelector("#rules-preview .field-error")).isEmpty(),
                "segmentation-failure.png");
        driver.findElement(By.id("save-rules")).click();
        chromium.waitFor(() -> !driver.findElements(By.id("rules-error")).isEmpty(), "segmentation-failure.png");
        String error = driver.findElement(By.id("rules-error")).getText();
        assertTrue(error.contains("Line ") && error.contains("[."), error);
        given().get("/api/projects/" + project + "/segmentation").then().statusCode(200)
                .header("Tandem-Segmentation-Rules", "project");
        assertTrue(given().get("/api/projects/" + project + "/segmentation").asString().contains("Plain"));

        driver.get(root + "projects/" + project + "/segmentation");
        driver.findElement(By.id("reset-rules")).click();
        chromium.waitFor(() -> driver.findElement(By.id("rules-in-force")).getText().contains("built-in"),
                "segmentation-failure.png");
        assertEquals(2, sourceSentences(fresh), "back to the built-in split");
    }

    private static long document(long project, String title) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "sourceText", TEXT, "targetText",
                        "Dr. Smith kam am Mittag an. Er setzte sich.", "segmentation", "auto"))
                .post("/api/projects/" + project + "/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static int sourceSentences(long document) {
        return given().get("/api/documents/" + document).then().statusCode(200).extract().jsonPath()
                .getInt("sourceSentences");
    }

    private static List<String> previewed() {
        return driver.findElements(By.cssSelector("#rules-preview li")).stream().map(WebElement::getText).toList();
    }

    /** Replaces the rules' text as a paste would, then types a space so that the input event fires as it does for a person. */
    private static void setRules(String srx) {
        WebElement rules = driver.findElement(By.id("srx"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", rules, srx);
        rules.sendKeys(" ");
    }
}
