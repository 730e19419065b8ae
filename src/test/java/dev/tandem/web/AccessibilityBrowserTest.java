// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.SnowReport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What keyboard users, narrow windows (a phone, 200 % zoom), right-to-left typists and screen readers meet: Tab is
 * the browser's on the review page, nothing scrolls sideways at 390 px, the review toolbar leaves room for pairs,
 * Arabic typed into a form shows right to left, and a refused form names its error to the field.
 */
@QuarkusTest
class AccessibilityBrowserTest extends BrowserTestBase {
    @Inject
    DataSource dataSource;

    @AfterEach
    void fullWindow() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void shouldLeaveTabToTheBrowserAndSwitchSidesWithO() {
        Opened document = openReview("Keyboard", 1400, 900);
        assertEquals("TR", activeTag(), "the current row has the focus on load");

        // Shift+Tab leaves the row for the toolbar, then on back to the filters; the side stays as it was.
        shiftTab();
        assertTrue(active("#toolbar button"), "Shift+Tab from the current row reaches the toolbar: " + activeTag());
        assertEquals("source", focusedSide());
        boolean filter = false;
        for (int i = 0; i < 40 && !filter; i++) {
            shiftTab();
            filter = active("form.filter input[name=q]");
        }
        assertTrue(filter, "Shift+Tab goes on to the filter box");

        // Tab from the current row goes on to "Go to pair" below the rows.
        driver.executeScript("arguments[0].click()",
                driver.findElement(By.cssSelector("tr.pair.current td.pos")));
        assertEquals("TR", activeTag());
        boolean go = false;
        for (int i = 0; i < 10 && !go; i++) {
            keys(Keys.TAB.toString());
            go = active("form.go input[name=number]");
        }
        assertTrue(go, "Tab from the current row reaches Go to pair");

        // o switches the side, back on the row; Tab is no longer that key.
        driver.executeScript("arguments[0].click()",
                driver.findElement(By.cssSelector("tr.pair.current td.pos")));
        keys("o");
        assertEquals("target", focusedSide());
        // found by a screen-reader user: moving said nothing; a hidden live region tells where the move went
        WebElement announced = driver.findElement(By.id("announce"));
        assertTrue(announced.getDomProperty("textContent").startsWith("Target sentence 1 of 1: "),
                announced.getDomProperty("textContent"));
        assertEquals("de", driver.findElement(By.cssSelector("#announce span")).getDomAttribute("lang"),
                "the sentence is read in its own language");
        keys("o");
        assertEquals("source", focusedSide());
        keys("j");
        assertTrue(announced.getDomProperty("textContent").matches("Pair \\d+, unreviewed, confidence [0-9.]+\\."),
                announced.getDomProperty("textContent"));
        assertTrue(driver.findElement(By.id("keys")).getDomProperty("innerHTML").contains("<kbd>o</kbd>"),
                "the Keys help names o");
    }

    @Test
    void shouldFitNarrowWindowsAndLeaveRoomForPairsAtTwiceTheZoom() {
        Opened document = document("Narrow");
        chromium.signInAsAdmin(root);
        viewport(390, 844);
        driver.get(root.toString());
        assertNoSidewaysScroll("the projects page at 390×844");
        assertSignOutInView("the projects page at 390×844");
        driver.get(root + "projects/" + document.project());
        assertNoSidewaysScroll("a project's page at 390×844");
        assertSignOutInView("a project's page at 390×844");

        // 200 % zoom of a 1366×768 screen: the project's list and the risk queue fit without sideways scrolling, the
        // queue's reasons readable (found at 683 px: the list 804 px wide, its Delete link off screen; the reasons 0 px)
        viewport(683, 384);
        driver.get(root + "projects/" + document.project());
        assertNoSidewaysScroll("a project's page at 683×384");
        driver.get(root + "documents/" + document.id() + "/queue");
        assertNoSidewaysScroll("the risk queue at 683×384");
        viewport(820, 1180); // a tablet held upright: the documents' table scrolls within its box
        driver.get(root + "projects/" + document.project());
        assertNoSidewaysScroll("a project's page at 820×1180");
        assertEquals(Boolean.TRUE, driver.executeScript("return Array.from(document.querySelectorAll("
                + "'table.risk-queue td.reason')).every(function (cell) { return cell.getBoundingClientRect().width"
                + " >= 80; });"), "the queue's reasons have room at 683 px");

        for (int[] size : new int[][] {{390, 844}, {640, 360}, {1400, 900}}) {
            viewport(size[0], size[1]);
            String where = "the review page at " + size[0] + "×" + size[1];
            driver.get(root + "documents/" + document.id());
            waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());
            assertNoSidewaysScroll(where);
            assertSignOutInView(where);
            assertTrue(pairsInView() >= 1, "a pair in view on load (100 px of it, or all), " + where + ": " + layout());
            for (int i = 0; i < 12; i++) {
                keys("j");
            }
            waitFor(() -> "12".equals(driver.findElement(By.cssSelector("tr.pair.current"))
                    .getDomAttribute("data-position")));
            assertTrue(fullyVisiblePairs() >= 1, "a pair in full below the toolbar after moving on, " + where + ": "
                    + layout());
            double free = ((Number) driver.executeScript("var top = document.querySelector('.review-top')"
                    + ".getBoundingClientRect().bottom; return 1 - Math.max(0, top) / innerHeight;")).doubleValue();
            assertTrue(free >= 0.6, Math.round(free * 100) + " % of the window left to the pairs, " + where);
            chromium.screenshot("a11y-review-" + size[0] + "x" + size[1] + ".png");
        }
        // Wide enough, the toolbar and filters stay in view while the rows scroll.
        assertEquals(Boolean.TRUE, driver.executeScript("window.scrollTo(0, document.body.scrollHeight);"
                + " return scrollY > 0 && document.getElementById('review')"
                + ".classList.contains('pinned') && document.querySelector('.review-top').getBoundingClientRect().top"
                + " === 0"), "the review top is sticky at 1400×900");
        viewport(390, 844);
        driver.navigate().refresh();
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());
        assertEquals(Boolean.TRUE, driver.executeScript("var s = document.querySelector('tr.pair.current"
                + " td[data-side=source]').getBoundingClientRect(), t = document.querySelector('tr.pair.current"
                + " td[data-side=target]').getBoundingClientRect(); return t.top >= s.bottom - 1"
                + " && s.width > innerWidth / 2;"), "at 390 px the target stands below the source, wide");
    }

    /**
     * Found at 200 % zoom (683×384): the review top, too tall to stay pinned, scrolls away, and the notice of an action
     * ("Rejected pair 21.") was printed 1,900 px above the row acted on, out of sight.
     */
    @Test
    void shouldShowTheNoticeOfAnActionInViewWhenTheTopHasScrolledAway() {
        Opened document = openReview("Notices in view", 640, 360);
        assertEquals(Boolean.FALSE, driver.executeScript("return document.getElementById('review').classList"
                + ".contains('pinned')"), "at 640×360 the top scrolls with the page");
        for (int i = 0; i < 12; i++) {
            keys("j");
        }
        waitFor(() -> "12".equals(driver.findElement(By.cssSelector("tr.pair.current")).getDomAttribute("data-position")));
        keys("r");
        waitFor(() -> driver.findElement(By.id("notice")).getText().contains("Rejected"));
        assertEquals(Boolean.TRUE, driver.executeScript("var n = document.getElementById('notice')"
                + ".getBoundingClientRect(), r = document.querySelector('tr.pair.current').getBoundingClientRect();"
                + " return scrollY > 0 && n.top >= 0 && n.bottom <= innerHeight && n.height > 0"
                + " && (r.bottom <= n.top || r.top >= n.bottom);"), "the notice in view, beside the current row: "
                + layout());
        chromium.screenshot("a11y-notice-640x360.png");
    }

    /**
     * Found by a failing CI run: in a window where the top fits with room to spare but not with a colleague's conflict
     * in it, the conflict flickered 60 times a second between the top and the window's foot (the top unpinned for it,
     * shorter without it, pinned again), and its Dismiss button moved away under the pointer.
     */
    @Test
    void shouldKeepAConflictNoticeStillWhereTheTopOnlyFitsWithoutIt() throws InterruptedException {
        Opened document = openReview("Conflict held still");
        long top = ((Number) driver.executeScript("return document.querySelector('.review-top').offsetHeight"
                + " + document.querySelector('table.review-table thead').offsetHeight")).longValue();
        viewport(1280, (int) Math.ceil((top + 30) / 0.4));
        waitFor(() -> Boolean.TRUE.equals(driver.executeScript(
                "return document.getElementById('review').classList.contains('pinned')")));

        long version = WebFixtures.version(document.id());
        given().contentType(ContentType.JSON).body(Map.of("op", "merge-pairs", "baseVersion", version,
                "pair", WebFixtures.pairId(document.id(), 4))).post("/api/documents/" + document.id() + "/edits")
                .then().statusCode(200);
        keys("r");
        waitFor(() -> !driver.findElement(By.id("conflict")).getText().isBlank());
        driver.executeScript("window.flips = 0; new MutationObserver(function () { window.flips++; }).observe("
                + "document.getElementById('review'), { attributes: true, attributeFilter: ['class'] });");
        Thread.sleep(500);
        assertEquals(0L, ((Number) driver.executeScript("return window.flips")).longValue(),
                "the top stays pinned or not while the notice shows: " + layout());
        assertEquals(Boolean.TRUE, driver.executeScript("var n = document.getElementById('conflict')"
                + ".getBoundingClientRect(); return n.height > 0 && n.top >= 0 && n.bottom <= innerHeight;"),
                "the notice in view: " + layout());
        driver.findElement(By.cssSelector("#conflict button.dismiss")).click();
        assertEquals("", driver.findElement(By.id("conflict")).getText());
    }

    /**
     * Found on a tablet (820×1180, portrait): the list of keys opened by "? Keys" had its Close button below the
     * dialog's visible box, and a tap beside the dialog did nothing, so it could hardly be closed by touch.
     */
    @Test
    void shouldCloseTheListOfKeysFromItsVisibleBoxOrByATapBesideIt() {
        Opened document = openReview("Keys by touch", 820, 700);
        driver.findElement(By.cssSelector("[data-keys]")).click();
        waitFor(() -> driver.findElement(By.id("keys")).isDisplayed());
        assertEquals(Boolean.TRUE, driver.executeScript("var d = document.getElementById('keys').getBoundingClientRect(),"
                + " c = document.querySelector('#keys form[method=dialog] button').getBoundingClientRect();"
                + " return c.top >= d.top && c.bottom <= d.bottom && d.bottom <= innerHeight;"),
                "the Close button is in the dialog's visible box");
        new Actions(driver).moveToLocation(5, 5).click().perform();
        waitFor(() -> !driver.findElement(By.id("keys")).isDisplayed());
        driver.findElement(By.cssSelector("[data-keys]")).click();
        waitFor(() -> driver.findElement(By.id("keys")).isDisplayed());
        driver.findElement(By.cssSelector("#keys h2")).click(); // a tap inside it leaves it open
        assertTrue(driver.findElement(By.id("keys")).isDisplayed());
    }

    /**
     * Found on a tablet: the current sentence's move handles were 22×16 px, 6 px from its text, and a tap meant for
     * the sentence moved it to the next pair; links were 10–23 px. By touch the handles are at least 32 px wide and
     * stand 12 px from the text, and links and fields are 24 px or more.
     */
    /** The elements matching the selector given that are less than 24 px high or wide (WCAG 2.5.8), described. */
    private static final String SMALL_TARGETS = "return Array.from(document.querySelectorAll(arguments[0]))"
            + ".filter(function (e) { var b = e.getBoundingClientRect(); return b.width > 0 && (b.width < 23.5"
            + " || b.height < 23.5); }).map(function (e) { var b = e.getBoundingClientRect(); return e.textContent"
            + ".trim().slice(0, 20) + ' ' + Math.round(b.width) + '×' + Math.round(b.height); });";

    @Test
    void shouldGiveMoveHandlesRoomToBeTappedApartFromTheirSentence() throws SQLException {
        Opened document = document("Handles by touch");
        WebFixtures.setConfidence(dataSource, WebFixtures.pairId(document.id(), 3), 0.4); // one pair in the queue
        chromium.signInAsAdmin(root);
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        try {
            viewport(820, 1180);
            driver.get(root + "documents/" + document.id());
            waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current .move-handle.down")).isEmpty());
            assertEquals(Boolean.TRUE, driver.executeScript("return matchMedia('(pointer: coarse)').matches"),
                    "a touch screen, as the page sees it");
            Map<?, ?> handle = (Map<?, ?>) driver.executeScript("var h = document.querySelector('tr.pair.current"
                    + " td[data-side=source] .move-handle.down'), s = h.previousElementSibling, hb ="
                    + " h.getBoundingClientRect(), sb = s.getBoundingClientRect(), r = document.createRange();"
                    + " r.selectNodeContents(s); var rects = r.getClientRects(), last = rects[rects.length - 1];"
                    + " return {width: hb.width, height: hb.height, gap: hb.left - last.right};");
            assertTrue(((Number) handle.get("width")).doubleValue() >= 32, "wide enough to tap: " + handle);
            assertTrue(((Number) handle.get("height")).doubleValue() >= 28, "high enough to tap: " + handle);
            assertTrue(((Number) handle.get("gap")).doubleValue() >= 12, "apart from the sentence's text: " + handle);
            assertEquals(List.of(), driver.executeScript(SMALL_TARGETS, "header.top a, .doc-links a, select"),
                    "the review page's links and fields are 24 px or more");
            driver.get(root + "documents/" + document.id() + "/queue");
            assertTrue(driver.findElements(By.cssSelector("table.risk-queue td.num a")).size() > 0, "pairs at risk");
            assertEquals(List.of(), driver.executeScript(SMALL_TARGETS, "table.risk-queue td.num a"),
                    "the risk queue's links to pairs (found 10×16 px)");
        } finally {
            driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        }
    }

    /** Found on a tablet held sideways (1180×820): "Redid: Confirmed 139 pairs." stood one word a line at the right. */
    @Test
    void shouldGiveTheNoticeOfAnActionALineOfItsOwnWhenTheLinksLeaveItNoRoom() {
        Opened document = openReview("A notice on a tablet held sideways with a long title", 1180, 820);
        keys("r");
        waitFor(() -> driver.findElement(By.id("notice")).getText().contains("Rejected"));
        WebElement notice = driver.findElement(By.id("notice"));
        assertTrue(notice.getRect().getWidth() >= 250, "the notice is " + notice.getRect().getWidth() + " px wide");
        assertTrue(notice.getRect().getHeight() < 40, "one or two lines: " + notice.getRect().getHeight() + " px");
    }

    @Test
    void shouldShowArabicTypedIntoTheUploadFormRightToLeft() {
        long project = WebFixtures.createProject("Arabic", "ar", "en");
        chromium.signInAsAdmin(root);
        driver.get(root + "projects/" + project);
        for (String field : List.of("title", "sourceText", "targetText")) {
            assertEquals("auto", driver.findElement(By.name(field)).getDomAttribute("dir"), field);
        }
        WebElement paste = driver.findElement(By.name("sourceText"));
        assertEquals("ltr", direction(paste), "empty, the box reads left to right");
        paste.sendKeys("تساقطت الثلوج على بكين في وقت مبكر هذا العام.");
        assertEquals("rtl", direction(paste), "Arabic typed into the paste box reads right to left");
        WebElement title = driver.findElement(By.name("title"));
        title.sendKeys("تقرير الثلج");
        assertEquals("rtl", direction(title));
        driver.get(root + "search");
        assertEquals("auto", driver.findElement(By.id("q")).getDomAttribute("dir"), "the concordance box");
    }

    @Test
    void shouldLinkAFormErrorToItsFieldAndLabelTheSrxBox() {
        chromium.signInAsAdmin(root);
        driver.get(root.toString());
        driver.findElement(By.name("name")).sendKeys("   ");
        driver.findElement(By.name("sourceLanguage")).sendKeys("en");
        WebElement target = driver.findElement(By.name("targetLanguage"));
        target.clear();
        target.sendKeys("de");
        target.submit();
        waitFor(() -> !driver.findElements(By.cssSelector("input[name=name][aria-invalid=true]")).isEmpty());
        WebElement name = driver.findElement(By.name("name"));
        String described = name.getDomAttribute("aria-describedby");
        assertTrue(described != null && !described.isBlank(), "the refused field names its message");
        WebElement message = driver.findElement(By.id(described));
        assertTrue(message.getText().toLowerCase(java.util.Locale.ROOT).contains("missing"), message.getText());
        assertEquals("alert", message.getDomAttribute("role"), "the message is announced");
        assertEquals(name, driver.switchTo().activeElement(), "the focus is on the refused field");

        long project = WebFixtures.createProject("Rules", "en", "de");
        driver.get(root + "projects/" + project + "/segmentation");
        assertEquals("Rules (SRX 2.0)", driver.findElement(By.id("srx")).getAccessibleName());
    }

    record Opened(long project, long id) {
    }

    /** A 32-pair English–German document, one pair a line. */
    private static Opened document(String title) {
        List<String> en = lines(SnowReport.EN);
        List<String> de = lines(SnowReport.DE);
        String source = String.join("\n", Collections.nCopies(8, String.join("\n", en)));
        String target = String.join("\n", Collections.nCopies(8, String.join("\n", de)));
        long project = WebFixtures.createProject(title, "en", "de");
        return new Opened(project, WebFixtures.createDocument(project, title, source, target));
    }

    private static List<String> lines(String text) {
        return Stream.of(text.split("\n")).filter(line -> !line.isBlank()).collect(Collectors.toList());
    }

    private static void assertNoSidewaysScroll(String where) {
        assertEquals(Boolean.TRUE, driver.executeScript(
                "return document.documentElement.scrollWidth <= innerWidth + 1"), "no sideways scrolling on " + where
                + ": " + driver.executeScript("return document.documentElement.scrollWidth") + " px wide");
    }

    private static void assertSignOutInView(String where) {
        assertEquals(Boolean.TRUE, driver.executeScript("var box = document.querySelector('form.signout button')"
                + ".getBoundingClientRect(); return box.left >= 0 && box.right <= innerWidth;"),
                "Sign out within the window on " + where);
    }

    /** Pairs whose whole height is in view and not under the (sticky) top of the page. */
    private static int fullyVisiblePairs() {
        return ((Number) driver.executeScript("var top = Math.max(0, document.querySelector('.review-top')"
                + ".getBoundingClientRect().bottom); return Array.from(document.querySelectorAll('#rows tr.pair'))"
                + ".filter(function (r) { var b = r.getBoundingClientRect(); return b.height > 0 && b.top >= top - 1"
                + " && b.bottom <= innerHeight + 1; }).length;")).intValue();
    }

    /** Pairs with 100 px of their height, or all of it, in view below the (sticky) top of the page. */
    private static int pairsInView() {
        return ((Number) driver.executeScript("var top = Math.max(0, document.querySelector('.review-top')"
                + ".getBoundingClientRect().bottom); return Array.from(document.querySelectorAll('#rows tr.pair'))"
                + ".filter(function (r) { var b = r.getBoundingClientRect(); return b.height > 0"
                + " && Math.min(b.bottom, innerHeight) - Math.max(b.top, top) >= Math.min(100, b.height) - 1; })"
                + ".length;")).intValue();
    }

    /** Where the top and the current row are, for a failure's message. */
    private static Object layout() {
        return driver.executeScript("var t = document.querySelector('.review-top').getBoundingClientRect(),"
                + " c = document.querySelector('tr.pair.current').getBoundingClientRect(); return 'top ' + t.top + '-'"
                + " + t.bottom + ', current row ' + c.top + '-' + c.bottom + ', window ' + innerWidth + 'x'"
                + " + innerHeight + ', scrolled ' + scrollY + ', ' + document.getElementById('review').className;");
    }

    private static String direction(WebElement element) {
        return (String) driver.executeScript("return getComputedStyle(arguments[0]).direction", element);
    }

    private static String focusedSide() {
        return driver.findElement(By.cssSelector("tr.pair.current td.side.focused")).getDomAttribute("data-side");
    }

    private static String activeTag() {
        return (String) driver.executeScript("return document.activeElement.tagName");
    }

    private static boolean active(String selector) {
        return Boolean.TRUE.equals(driver.executeScript("return document.activeElement.matches(arguments[0])",
                selector));
    }

    private static void shiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    private static void keys(String keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** The page's viewport set exactly, whatever the window around it. */
    /** A new document titled {@code title}, its review page opened signed in, at {@code width}×{@code height}. */
    private Opened openReview(String title, int width, int height) {
        viewport(width, height);
        return openReview(title);
    }

    /** A new document titled {@code title}, its review page opened signed in once its current row is there. */
    private Opened openReview(String title) {
        Opened document = document(title);
        chromium.signInAsAdmin(root);
        driver.get(root + "documents/" + document.id());
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());
        return document;
    }

    private static void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private static void waitFor(BooleanSupplier condition) {
        chromium.waitFor(condition, "a11y-timeout.png");
    }
}
