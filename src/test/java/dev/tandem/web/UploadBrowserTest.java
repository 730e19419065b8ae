// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.api.TextTrustTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The project page's upload form in a real browser: a translation in the wrong language is refused in the form's
 * words while the original's file stays chosen; the preview shows how the texts will be split; only the bad side is
 * chosen again and the upload goes through.
 */
@QuarkusTest
class UploadBrowserTest extends BrowserTestBase {
    /** Chapter headings over their first lines, and one blank line: the headings get joined to the next line. */
    private static final String ORIGINAL = """
            Chapter One
            It snowed heavily in Beijing yesterday. The children were delighted and ran into the yard early to build a snowman.

            Chapter Two
            The teacher said there would be no PE class today, so everyone could have a snowball fight on the playground.
            """;
    private static final String TRANSLATION = """
            Kapitel eins
            Gestern hat es in Peking stark geschneit. Die Kinder waren begeistert und liefen früh in den Hof, um einen Schneemann zu bauen.

            Kapitel zwei
            Der Lehrer sagte, dass es heute keinen Sportunterricht gebe, also konnten alle auf dem Schulhof eine Schneeballschlacht machen.
            """;

    private static Path files;

    @BeforeAll
    static void createFiles() throws IOException {
        files = Files.createTempDirectory("tandem-uploads-");
    }

    /**
     * Found by a keyboard and screen-reader user: an upload refused for a missing original left the focus on the page's
     * body and the original's field without aria-invalid, so the message was never reached.
     */
    @Test
    void shouldPutTheFocusOnTheFieldARefusalNames() {
        long project = WebFixtures.createProject("Focus on the refusal", "en", "de");
        chromium.signInAsAdmin(root);
        driver.get(root + "projects/" + project);
        WebElement title = driver.findElement(By.cssSelector("form.upload input[name=title]"));
        title.sendKeys("Only a title");
        driver.findElement(By.cssSelector("form.upload button.upload")).sendKeys(Keys.ENTER);
        waitFor(() -> !driver.findElements(By.cssSelector("#upload-error-source .field-error")).isEmpty());
        waitFor(() -> "source".equals(driver.switchTo().activeElement().getDomAttribute("name")));
        assertEquals("true", driver.findElement(By.cssSelector("form.upload input[name=source]"))
                .getDomAttribute("aria-invalid"));
        assertEquals(null, driver.findElement(By.cssSelector("form.upload input[name=title]"))
                .getDomAttribute("aria-invalid"));
    }

    @Test
    void shouldKeepTheChosenOriginalWhenTheTranslationIsRefusedAndPreviewBeforeUploading() throws IOException {
        long project = WebFixtures.createProject("Chosen files stay", "en", "de");
        Path original = Files.writeString(files.resolve("original.txt"), ORIGINAL, StandardCharsets.UTF_8);
        Path wrong = Files.writeString(files.resolve("translation-zh.txt"), TextTrustTest.ZH, StandardCharsets.UTF_8);
        Path right = Files.writeString(files.resolve("translation-de.txt"), TRANSLATION, StandardCharsets.UTF_8);
        chromium.signInAsAdmin(root);
        String page = root + "projects/" + project;
        driver.get(page);

        choose("source", original);
        choose("target", wrong);
        WebElement upload = driver.findElement(By.cssSelector("form.upload button.upload"));
        upload.click();
        waitFor(() -> !driver.findElements(By.cssSelector("#upload-error-target .field-error")).isEmpty());
        String error = driver.findElement(By.cssSelector("#upload-error-target .field-error")).getText();
        assertTrue(error.startsWith("The target") && error.contains("not German (de)"), error);
        assertFalse(error.contains("targetText"), "the form's words, not the API's: " + error);
        assertEquals(page, driver.getCurrentUrl(), "the page stayed");
        assertEquals("original.txt", chosen("source"), "the original is still chosen");
        assertEquals("translation-zh.txt", chosen("target"));
        waitFor(() -> upload.isEnabled() && upload.getText().equals("Upload and align"));
        chromium.screenshot("upload-refused-keeps-files.png");

        // Only the bad side is chosen again; the preview shows how both sides will be split.
        choose("target", right);
        driver.findElement(By.cssSelector("form.upload button.preview")).click();
        waitFor(() -> driver.findElements(By.cssSelector("#upload-preview .preview-side h3")).size() == 2);
        List<String> headings = driver.findElements(By.cssSelector("#upload-preview .preview-side h3")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Original: 3 sentences in 2 paragraphs", "Translation: 3 sentences in 2 paragraphs"),
                headings);
        String firstSentence = driver.findElement(By.cssSelector("#upload-preview .preview-sentences li")).getText();
        assertEquals("Chapter One ↵ It snowed heavily in Beijing yesterday.", firstSentence);
        assertTrue(driver.findElement(By.cssSelector("#upload-preview p.line-breaks")).getText()
                .startsWith("Both sides: blank lines separate paragraphs; single line breaks inside a paragraph were joined"));
        assertEquals("original.txt", chosen("source"), "the preview keeps the files too");
        assertTrue(driver.findElements(By.cssSelector("#upload-error-target .field-error")).isEmpty(),
                "the preview checked the new file: the old message is gone");
        chromium.screenshot("upload-preview.png");
        assertEquals(0, given().get("/api/projects/" + project + "/documents").jsonPath().getList("id").size(),
                "neither the refusal nor the preview stored anything");

        upload.click();
        waitFor(() -> driver.getCurrentUrl().matches(".*/(documents|jobs)/\\d+$"));
        JsonPath documents = given().get("/api/projects/" + project + "/documents").jsonPath();
        assertEquals(List.of("original.txt"), documents.getList("title"));
        assertEquals("joined", documents.getString("[0].lineBreaks.source"));
        assertEquals(3, documents.getInt("[0].sourceSentences"));
        driver.get(page);
        assertTrue(driver.findElement(By.cssSelector("table.list p.line-breaks")).getText()
                .contains("import the document again with “one sentence per line, as given”"));
        chromium.screenshot("upload-line-breaks-in-list.png");
    }

    /**
     * Found by a translator: text pasted into the form was gone after a reload, with no warning. It now comes back
     * (with the notice drafts.js gives), and a successful upload ends the draft: the form is empty when the project
     * page is opened again.
     */
    @Test
    void shouldKeepPastedTextOverAReloadUntilTheUploadSucceeds() {
        long project = WebFixtures.createProject("Pasted text stays", "en", "de");
        String page = pasteIntoTheForm(project, "Snow day");

        driver.navigate().refresh();
        waitFor(() -> !driver.findElements(By.id("draft-restored")).isEmpty());
        assertEquals("Snow day", field("title").getDomProperty("value"));
        assertEquals(ORIGINAL.strip(), field("sourceText").getDomProperty("value").strip());
        assertEquals(TRANSLATION.strip(), field("targetText").getDomProperty("value").strip());

        // a refused upload (no translation) ends no draft: the original comes back after another reload
        field("targetText").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        driver.findElement(By.cssSelector("form.upload button.upload")).click();
        waitFor(() -> !driver.findElements(By.cssSelector("#upload-error-target .field-error")).isEmpty());
        driver.navigate().refresh();
        waitFor(() -> !driver.findElements(By.id("draft-restored")).isEmpty());
        assertEquals(ORIGINAL.strip(), field("sourceText").getDomProperty("value").strip());
        assertEquals("", field("targetText").getDomProperty("value"));
        field("targetText").sendKeys(TRANSLATION);

        driver.findElement(By.cssSelector("form.upload button.upload")).click();
        waitFor(() -> driver.getCurrentUrl().matches(".*/(documents|jobs)/\\d+(\\?.*)?$"));
        assertEquals(List.of("Snow day"),
                given().get("/api/projects/" + project + "/documents").jsonPath().getList("title"));
        driver.get(page);
        assertEquals("", field("title").getDomProperty("value"), "the upload ended the draft");
        assertEquals("", field("sourceText").getDomProperty("value"));
        assertEquals("", field("targetText").getDomProperty("value"));
        assertTrue(driver.findElements(By.id("draft-restored")).isEmpty());
    }

    /**
     * Found by use: a reload while an upload was on its way showed the empty form, the server stored the document all
     * the same, and sending the texts again stored it twice. The form's import key is kept with its draft, so the
     * texts sent again are the same import: the first document, not a second. The answer is held back (CDP Fetch,
     * paused at the response) while the page reloads, after the server has stored the document.
     */
    @Test
    void shouldNotStoreADocumentTwiceWhenThePageReloadsDuringItsUpload() {
        long project = WebFixtures.createProject("Reloaded mid-upload", "en", "de");
        pasteIntoTheForm(project, "Sent once");
        driver.executeCdpCommand("Fetch.enable", Map.of("patterns", List.of(Map.of(
                "urlPattern", "*/projects/" + project + "/documents", "requestStage", "Response"))));
        try {
            driver.findElement(By.cssSelector("form.upload button.upload")).click();
            waitFor(() -> given().get("/api/projects/" + project + "/documents").jsonPath().getList("title").size() == 1);
            driver.navigate().refresh();
        } finally {
            driver.executeCdpCommand("Fetch.disable", Map.of());
        }
        waitFor(() -> !driver.findElements(By.id("draft-restored")).isEmpty());
        assertEquals(ORIGINAL.strip(), field("sourceText").getDomProperty("value").strip());

        driver.findElement(By.cssSelector("form.upload button.upload")).click();
        waitFor(() -> driver.getCurrentUrl().matches(".*/documents/\\d+(\\?.*)?$"));
        List<Long> documents = given().get("/api/projects/" + project + "/documents").jsonPath().getList("id", Long.class);
        assertEquals(1, documents.size(), "one document, not two: " + documents);
        assertTrue(driver.getCurrentUrl().contains("/documents/" + documents.get(0)), "the page shows the first one");
    }

    /** Signed in, {@code project}'s page with {@code title} and the two texts pasted into its upload form; its address. */
    private String pasteIntoTheForm(long project, String title) {
        chromium.signInAsAdmin(root);
        String page = root + "projects/" + project;
        driver.get(page);
        field("title").sendKeys(title);
        field("sourceText").sendKeys(ORIGINAL);
        field("targetText").sendKeys(TRANSLATION);
        return page;
    }

    private static WebElement field(String name) {
        return driver.findElement(By.cssSelector("form.upload [name=" + name + "]"));
    }

    private static void choose(String side, Path file) {
        driver.findElement(By.cssSelector("form.upload input[name=" + side + "]")).sendKeys(file.toAbsolutePath().toString());
    }

    /** The name of the file chosen in a side's file input, or "" when none is. */
    private static String chosen(String side) {
        return (String) driver.executeScript("var f = arguments[0].files; return f.length ? f[0].name : '';",
                driver.findElement(By.cssSelector("form.upload input[name=" + side + "]")));
    }

    private static void waitFor(BooleanSupplier condition) {
        chromium.waitFor(condition, "upload-failure.png");
    }
}
