// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tandem.testing.AdminCredentials;
import dev.tandem.testing.Chromium;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page in a real browser (the system Chromium, offline): upload through the form, then review with the
 * keyboard alone, reload, and find the corrections in the TMX export. Skips when no browser is installed, unless
 * {@code -Dtandem.require-browser=true} (CI) makes that a failure.
 */
@QuarkusTest
class ReviewBrowserTest extends BrowserTestBase {

    /** Each test starts signed out, is sent to the sign-in page, and signs in there as a person would. */
    @BeforeEach
    void signIn() {
        driver.get(root.toString());
        driver.manage().deleteAllCookies();
        driver.get(root.toString());
        waitFor(() -> driver.getCurrentUrl().contains("/login"));
        screenshot("sign-in.png");
        driver.findElement(By.name("username")).sendKeys(AdminCredentials.USERNAME);
        driver.findElement(By.name("password")).sendKeys(AdminCredentials.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(() -> !driver.getCurrentUrl().contains("/login"));
    }

    @Test
    void shouldReviewWithTheKeyboardAloneAndKeepEverything() {
        // Create the project and upload the document through the forms.
        driver.get(root.toString());
        driver.findElement(By.name("name")).sendKeys("Browser review");
        driver.findElement(By.name("sourceLanguage")).sendKeys("en");
        WebElement target = driver.findElement(By.name("targetLanguage"));
        target.clear();
        target.sendKeys("de");
        target.submit();
        waitFor(() -> driver.getCurrentUrl().matches(".*/projects/\\d+$"));
        driver.findElement(By.name("title")).sendKeys("Phonetic");
        driver.findElement(By.name("sourceText")).sendKeys(String.join("\n",
                "Alpha is the first line of this text.", "Bravo is the second line of this text.",
                "Charlie is the third line here.", "Delta is the fourth line here.",
                "Echo is the fifth line of it.", "Foxtrot is the sixth and last line."));
        driver.findElement(By.name("targetText")).sendKeys(String.join("\n",
                "Alpha ist die erste Zeile dieses Textes.", "Bravo ist die zweite Zeile dieses Textes.",
                "Charlie ist die dritte Zeile hier.", "Delta ist die vierte Zeile hier.",
                "Echo ist die fünfte Zeile davon.", "Foxtrot ist die sechste und letzte Zeile."));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("segmentation"))).selectByValue("lines");
        driver.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        waitFor(() -> driver.getCurrentUrl().matches(".*/documents/\\d+$"));
        String documentUrl = driver.getCurrentUrl();
        long document = Long.parseLong(documentUrl.replaceAll(".*/documents/(\\d+)$", "$1"));
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());
        assertEquals(6, rows().size());
        assertEquals(List.of("AUTO", "AUTO", "AUTO", "AUTO", "AUTO", "AUTO"), statuses());

        // From here on: keys only.
        press("a", 2, 1);                 // confirm pair 1, go to the next
        assertEquals("CONFIRMED", statuses().get(0));
        press("j", 2, 2);                 // down to Charlie
        press("m", 3, 2);                 // merge Charlie with Delta
        assertEquals(5, rows().size());
        assertEquals(List.of("Charlie is the third line here.", "Delta is the fourth line here."), sentences(2, "source"));
        press("s", 4, 2);                 // split them again
        assertEquals(6, rows().size());
        assertEquals(List.of("Charlie is the third line here."), sentences(2, "source"));
        press("z", 5, 2);                 // undo the split: merged again
        assertEquals(5, rows().size());
        press("j", 5, 3);                 // down to Echo
        press("u", 6, 3);                 // shift Echo's source up into the Charlie–Delta pair
        assertEquals(List.of("Charlie is the third line here.", "Delta is the fourth line here.",
                "Echo is the fifth line of it."), sentences(2, "source"));
        assertEquals(List.of(), sentences(3, "source"));
        press("k", 6, 2);
        press(Keys.ENTER.toString(), 7, 3); // confirm the corrected pair, go on
        assertEquals(List.of("CONFIRMED", "AUTO", "CONFIRMED", "AUTO", "AUTO"), statuses());
        assertTrue(driver.findElement(By.id("progress")).getDomAttribute("value").equals("2"));
        press("k", 7, 2);                 // back to the pair just confirmed
        press("a", 7, 3);                 // a confirmed pair: the confirm key goes on, asking nothing
        press("k", 7, 2);

        // Reload: everything was saved.
        driver.navigate().refresh();
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());
        assertEquals("7", driver.findElement(By.id("review-header")).getDomAttribute("data-version"));
        assertEquals(List.of("CONFIRMED", "AUTO", "CONFIRMED", "AUTO", "AUTO"), statuses());
        assertEquals(List.of("Charlie is the third line here.", "Delta is the fourth line here.",
                "Echo is the fifth line of it."), sentences(2, "source"));
        assertEquals(List.of("Charlie ist die dritte Zeile hier.", "Delta ist die vierte Zeile hier."),
                sentences(2, "target"));
        assertEquals(List.of("Echo ist die fünfte Zeile davon."), sentences(3, "target"));

        // The export holds the corrected pairs.
        String tmx = given().get("/api/documents/" + document + "/export?format=tmx").then().statusCode(200)
                .extract().asString();
        assertTrue(tmx.matches("(?s).*<seg>Charlie is the third line here\\. Delta is the fourth line here\\. "
                + "Echo is the fifth line of it\\.</seg>.*"), tmx);
        assertTrue(tmx.matches("(?s).*<seg>Charlie ist die dritte Zeile hier\\. Delta ist die vierte Zeile hier\\."
                + "</seg>.*"), tmx);
        assertTrue(tmx.contains("<seg>Alpha is the first line of this text.</seg>"), tmx);
        screenshot("review-after-keyboard.png");

        // One click confirms the confident, unflagged pairs the reviewer may skip; one undo takes them back.
        List<Map<String, Object>> pairs = given().queryParam("limit", 100).get("/api/documents/" + document + "/pairs")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<String> expected = pairs.stream().map(p -> "AUTO".equals(p.get("status")) && p.get("confidence") != null
                && ((Number) p.get("confidence")).doubleValue() >= 0.9 && ((List<?>) p.get("flags")).isEmpty()
                ? "CONFIRMED" : (String) p.get("status")).toList();
        List<String> before = statuses();
        assertFalse(before.equals(expected), "the button has something to do: " + pairs);
        driver.findElement(By.cssSelector("[data-action=confirm-confident]")).click();
        waitFor(() -> "8".equals(driver.findElement(By.id("review-header")).getDomAttribute("data-version"))
                && driver.findElements(By.cssSelector(".htmx-request")).isEmpty());
        assertEquals(expected, statuses());
        new Actions(driver).sendKeys("z").perform();
        waitFor(() -> "9".equals(driver.findElement(By.id("review-header")).getDomAttribute("data-version"))
                && driver.findElements(By.cssSelector(".htmx-request")).isEmpty());
        assertEquals(before, statuses());
    }

    @Test
    void shouldShowScriptsRtlAndCjkExactlyAndTakeScreenshots() throws Exception {
        long project = WebFixtures.createProject("屏幕 & screenshots", "zh", "ar");
        String script = "<script>alert('x')</script> 与 & 符号。";
        long document = WebFixtures.createDocument(project, "混合 <文本> & RTL", String.join("\n",
                "第一句：你好，世界。", script, "价格是 12 元，共 3 件。", "第四句在这里，很短。", "最后一句话。"),
                String.join("\n", "الجملة الأولى: مرحبا بالعالم.", "<script>alert('x')</script> و & الرمز.",
                        "السعر 15 يوان، 3 قطع.", "الجملة الرابعة هنا.", "الجملة الأخيرة."));
        driver.get(root + "documents/" + document);
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());
        assertNoAlert();
        assertEquals(script, sentences(1, "source").get(0));
        assertEquals("<script>alert('x')</script> و & الرمز.", sentences(1, "target").get(0));
        WebElement arabic = rows().get(0).findElement(By.cssSelector("td[data-side=target] .sentence"));
        assertEquals("auto", arabic.getDomAttribute("dir"));
        assertEquals("rtl", ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(arguments[0]).direction", arabic));
        WebElement arabicCell = rows().get(0).findElement(By.cssSelector("td[data-side=target]"));
        Number gap = (Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].getBoundingClientRect()"
                + ".right - arguments[1].getBoundingClientRect().right", arabicCell, arabic);
        assertTrue(gap.doubleValue() < 12, "right to left text sits at the right of its cell, " + gap + " px away");
        assertTrue(rows().get(2).getDomAttribute("class").contains("flagged"), "the number mismatch is flagged");

        press("a", 2, 1);          // confirm the first pair
        press("j", 2, 2);          // onto the flagged pair: its flag reads in words
        assertTrue(rows().get(2).findElement(By.cssSelector(".flag-messages")).isDisplayed());
        screenshot("review-page.png");
        press("?", 2, 2);
        assertTrue(driver.findElement(By.id("keys")).isDisplayed());
        assertEquals(0L, ((Number) driver.executeScript("return document.getElementById('keys').scrollTop")).longValue(),
                "the key help opens at its top, not scrolled to its Close button");
        assertEquals("Keys", driver.switchTo().activeElement().getText());
        screenshot("review-keys.png");
        press("?", 2, 2);
        press("e", 2, 2);
        waitFor(() -> !driver.findElements(By.cssSelector("form.editor textarea")).isEmpty());
        WebElement editor = driver.findElement(By.cssSelector("form.editor textarea"));
        assertEquals("价格是 12 元，共 3 件。", editor.getDomProperty("value"));
        screenshot("review-editor.png");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waitFor(() -> driver.findElements(By.cssSelector("form.editor")).isEmpty());
        assertEquals(List.of("价格是 12 元，共 3 件。"), sentences(2, "source"), "Esc changes nothing");

        // Edit in place: Enter saves; then split at the cursor with Ctrl+Enter.
        press("e", 2, 2);
        waitFor(() -> !driver.findElements(By.cssSelector("form.editor textarea")).isEmpty());
        new Actions(driver).sendKeys(Keys.END).sendKeys("<b>&amp;</b>").perform();
        press(Keys.ENTER.toString(), 3, 2);
        assertEquals(List.of("价格是 12 元，共 3 件。<b>&amp;</b>"), sentences(2, "source"));
        press("e", 3, 2);
        waitFor(() -> !driver.findElements(By.cssSelector("form.editor textarea")).isEmpty());
        new Actions(driver).sendKeys(Keys.HOME).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT,
                Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        waitFor(() -> "4".equals(driver.findElement(By.id("review-header")).getDomAttribute("data-version"))
                && driver.findElements(By.cssSelector("form.editor")).isEmpty());
        assertEquals(List.of("价格是 12 元", "，共 3 件。<b>&amp;</b>"), sentences(2, "source"), "split at the caret, after 8 characters");
        screenshot("review-split-sentence.png");

        // Another reviewer confirms a pair meanwhile: this page's decision on another pair still lands, and the
        // colleague's decision shows on this page too.
        long version = WebFixtures.version(document);
        given().contentType(ContentType.JSON).body(Map.of("op", "confirm", "baseVersion", version,
                "pairs", List.of(WebFixtures.pairId(document, 4)))).post("/api/documents/" + document + "/edits")
                .then().statusCode(200);
        new Actions(driver).sendKeys("r").perform();
        waitFor(() -> String.valueOf(version + 2).equals(driver.findElement(By.id("review-header"))
                .getDomAttribute("data-version")) && driver.findElements(By.cssSelector(".htmx-request")).isEmpty());
        assertEquals(List.of("CONFIRMED", "AUTO", "REJECTED", "AUTO", "CONFIRMED"), statuses());
        String header = driver.findElement(By.id("review-header")).getText();
        assertTrue(header.contains("Others reviewed 1 pair meanwhile"), header);

        // Then the other reviewer merges two pairs: this page's next edit is refused, in words, in a notice as wide
        // as the rows above them (not squeezed into the status column), and the row says it was not saved.
        given().contentType(ContentType.JSON).body(Map.of("op", "merge-pairs", "baseVersion", version + 2,
                "pair", WebFixtures.pairId(document, 3))).post("/api/documents/" + document + "/edits")
                .then().statusCode(200);
        new Actions(driver).sendKeys("a").perform();
        waitFor(() -> !driver.findElement(By.id("conflict")).getText().isBlank());
        WebElement notice = driver.findElement(By.id("conflict"));
        String conflict = notice.getText();
        assertTrue(conflict.contains("The document changed since version " + (version + 2)), conflict);
        assertTrue(conflict.contains("Merged pairs 4 and 5"), conflict);
        assertTrue(conflict.contains("Reload the page (it opens at the same pair)"), conflict);
        int rowsWidth = driver.findElement(By.cssSelector("table.review-table")).getRect().getWidth();
        assertTrue(notice.getRect().getWidth() > rowsWidth / 2, notice.getRect().getWidth() + " of " + rowsWidth);
        assertTrue(notice.getRect().getHeight() < 200, "a few lines, not a column: " + notice.getRect().getHeight());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) driver).executeScript("const box = arguments[0]"
                + ".getBoundingClientRect(); return box.top >= 0 && box.bottom <= window.innerHeight;", notice),
                "in view, in the sticky top of the page");
        String beside = driver.findElement(By.cssSelector("tr.pair.current .row-message.conflict")).getText();
        assertTrue(beside.startsWith("Not saved"), beside);
        assertEquals("REJECTED", statuses().get(2), "nothing was overwritten");
        screenshot("review-conflict.png");

        // Read, the notice can be dismissed without reloading; so does the row's "Not saved".
        driver.findElement(By.cssSelector("#conflict button.dismiss")).click();
        assertEquals("", driver.findElement(By.id("conflict")).getText());
        assertTrue(driver.findElements(By.cssSelector("tr.pair .row-message.conflict")).stream()
                .allMatch(m -> m.getText().isEmpty()), "the rows' messages go with it");

        // Undo from this page would take back the other reviewer's merge: it is refused the same way.
        new Actions(driver).sendKeys("z").perform();
        waitFor(() -> !driver.findElement(By.id("conflict")).getText().isBlank());
        String refusedUndo = driver.findElement(By.id("conflict")).getText();
        assertTrue(refusedUndo.contains("The document changed since version " + (version + 2)), refusedUndo);
        assertEquals(version + 3, WebFixtures.version(document), "nothing was undone");
        assertEquals(4, WebFixtures.pairs(document).getInt("total"));
        assertNoAlert();

        // History says what each edit replaced and links to the pair.
        driver.get(root + "documents/" + document + "/history");
        List<WebElement> changes = driver.findElements(By.cssSelector(".text-change"));
        assertTrue(changes.size() >= 2, "the edited text and the split sentence: " + changes.size());
        screenshot("review-history.png");
        driver.findElement(By.partialLinkText("go to pair")).click();
        waitFor(() -> driver.getCurrentUrl().contains("focus=")
                && !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());
    }

    @Test
    void shouldShowADashForAMergedPairAndLeaveItUnreviewed() {
        long project = WebFixtures.createProject("Browser unscored", "en", "de");
        var en = new StringBuilder();
        var de = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            en.append("Sentence number ").append(i).append(" of the original text.\n");
            de.append("Satz Nummer ").append(i).append(" des Originaltextes hier.\n");
        }
        long document = WebFixtures.createDocument(project, "Five", en.toString(), de.toString());
        driver.get(root + "documents/" + document);
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());
        assertTrue(confidenceShown(0).matches("0\\.9\\d|1\\.00"), "the aligner is sure: " + confidenceShown(0));
        assertEquals("meter", confidence(0).getTagName(), "a colour bar, the number on hover");

        driver.findElement(By.cssSelector("#toolbar [data-action=merge-pairs]")).click(); // the first row is current
        waitFor(() -> "2".equals(driver.findElement(By.id("review-header")).getDomAttribute("data-version"))
                && driver.findElements(By.cssSelector(".htmx-request")).isEmpty() && rows().size() == 4);
        assertEquals(List.of("Sentence number 1 of the original text.", "Sentence number 2 of the original text."),
                sentences(0, "source"));
        assertEquals("—", confidenceShown(0), "the merged pair has no aligner estimate");
        assertTrue(confidence(0).getDomAttribute("title").startsWith("not scored by the aligner"),
                confidence(0).getDomAttribute("title"));
        assertTrue(confidenceShown(1).matches("\\d\\.\\d\\d"), confidenceShown(1));
        screenshot("review-unscored.png");

        // "Confirm confident pairs" confirms the aligner's sure pairs and leaves the merged one to the reviewer.
        driver.findElement(By.cssSelector("[data-action=confirm-confident]")).click();
        waitFor(() -> "3".equals(driver.findElement(By.id("review-header")).getDomAttribute("data-version"))
                && driver.findElements(By.cssSelector(".htmx-request")).isEmpty());
        assertEquals(List.of("AUTO", "CONFIRMED", "CONFIRMED", "CONFIRMED"), statuses());
        driver.navigate().refresh();
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());
        assertEquals("—", confidenceShown(0), "after a reload too");

        // A typed but unsaved sentence makes the page ask before it is left (the browser's "Leave site?" prompt; the
        // headless browser shows none, so the test asks the page whether it would), and only then.
        String wouldAsk = "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
                + " return e.defaultPrevented;";
        assertEquals(Boolean.FALSE, driver.executeScript(wouldAsk), "nothing typed: leave freely");
        new Actions(driver).sendKeys("e").perform();
        waitFor(() -> !driver.findElements(By.cssSelector("form.editor textarea")).isEmpty());
        assertEquals(Boolean.FALSE, driver.executeScript(wouldAsk), "an editor open but unchanged: leave freely");
        new Actions(driver).sendKeys(Keys.END, " typed but not saved").perform();
        assertEquals(Boolean.TRUE, driver.executeScript(wouldAsk), "typed, not saved: the page asks");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waitFor(() -> driver.findElements(By.cssSelector("form.editor textarea")).isEmpty());
        assertEquals(Boolean.FALSE, driver.executeScript(wouldAsk), "dropped with Esc: leave freely");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private WebElement confidence(int row) {
        return rows().get(row).findElement(By.cssSelector(".confidence"));
    }

    /** The number a bar shows on hover (its title ends with it), or the dash of an unscored pair. */
    private String confidenceShown(int row) {
        WebElement confidence = confidence(row);
        return confidence.getTagName().equals("meter")
                ? confidence.getDomAttribute("title").replaceAll(".* ", "") : confidence.getText();
    }

    /** Sends keys to the page and waits until the document is at {@code version} and row {@code position} is current. */
    private void press(String keys, long version, int position) {
        new Actions(driver).sendKeys(keys).perform();
        waitFor(() -> String.valueOf(version).equals(driver.findElement(By.id("review-header")).getDomAttribute("data-version"))
                && driver.findElements(By.cssSelector(".htmx-request")).isEmpty()
                && !driver.findElements(By.cssSelector("tr.pair.current[data-position='" + position + "']")).isEmpty());
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#rows tr.pair"));
    }

    private List<String> statuses() {
        return rows().stream().map(row -> row.getDomAttribute("class").replaceAll(".*status-(\\w+).*", "$1")).toList();
    }

    private List<String> sentences(int row, String side) {
        return rows().get(row).findElements(By.cssSelector("td[data-side=" + side + "] .sentence")).stream()
                .map(WebElement::getText).toList();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> Chromium.holds(condition));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failure.png");
            throw new AssertionError("Timed out; page state: version "
                    + driver.findElements(By.id("review-header")).stream().map(h -> h.getDomAttribute("data-version")).toList()
                    + ", current " + driver.findElements(By.cssSelector("tr.pair.current")).stream()
                    .map(r -> r.getDomAttribute("data-position")).toList()
                    + ", notice " + driver.findElements(By.id("notice")).stream().map(WebElement::getText).toList()
                    + ", messages " + driver.findElements(By.cssSelector(".row-message")).stream().map(WebElement::getText)
                    .filter(t -> !t.isBlank()).toList()
                    + ", log " + ((JavascriptExecutor) driver).executeScript("return window.__log || []"), e);
        }
    }

    private void assertNoAlert() {
        try {
            driver.switchTo().alert();
            fail("a script in the text ran");
        } catch (NoAlertPresentException expected) {
            assertFalse(false);
        }
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }
}
