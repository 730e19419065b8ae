// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The review page as a translator reading a novel chapter sees it: many pairs on the first screen at 1400×900, one
 * toolbar, rows that keep coming as one scrolls or moves on, the position in the address, and pair boundaries moved
 * with the mouse (a handle beside a sentence, or the context menu). Screenshots go to {@code target/screenshots}.
 */
@QuarkusTest
class DenseReviewBrowserTest extends BrowserTestBase {
    private static final Path EVAL = Path.of(System.getProperty("tandem.eval.dir", "../shared/eval/data"));
    private static final Path MAC_DEV = EVAL.resolve("mac/dev");
    private static final Path BIBLE = EVAL.resolve("bible");
    private static final Path ARTICLE = Path.of("..", "shared", "seed", "article-en.txt");

    @Test
    void shouldShowFifteenPairsOfANovelChapterOnLoadAndKeepLoadingAsTheReviewerGoesOn() {
        Assumptions.assumeTrue(Files.isDirectory(MAC_DEV) && Files.isDirectory(BIBLE), "Skipped: " + EVAL
                + " (the shared evaluation data) is missing; it holds the Chinese texts this test reviews.");
        // Six novel chapters (1,367 pairs) and the start of Genesis, cut where the gold alignment has a boundary.
        String[] genesis = genesisStart(300);
        long project = WebFixtures.createProject("Novels", "zh", "en");
        long document = WebFixtures.createDocument(project, "Six chapters and Genesis",
                joined(MAC_DEV.resolve("zh")) + genesis[0], joined(MAC_DEV.resolve("en")) + genesis[1]);
        int pairs = WebFixtures.pairs(document).getInt("total");
        assertTrue(pairs >= 1600, "a 1,600-pair document: " + pairs + " pairs");
        chromium.signInAsAdmin(root);

        viewport(1400, 900);
        driver.get(root + "documents/" + document);
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());
        int visible = fullyVisiblePairs();
        System.out.printf("Review page at 1400x900, %d-pair zh-en novel chapters: %d pairs fully visible on load%n",
                pairs, visible);
        chromium.screenshot("review-dense-1400x900.png");
        assertTrue(visible >= 15, visible + " pairs fully visible on load at 1400×900");
        assertEquals(50, rows().size(), "a page's worth of rows first");

        // Moving past the last row loaded brings the next ones, and the address follows the current row.
        driver.executeScript("arguments[0].click()", rows().get(49).findElement(By.cssSelector("td.pos")));
        new Actions(driver).sendKeys("j").perform();
        waitFor(() -> current().equals("50"));
        assertTrue(rows().size() >= 100, rows().size() + " rows after moving on");
        String focused = driver.findElement(By.cssSelector("tr.pair.current")).getDomAttribute("data-id");
        assertTrue(driver.getCurrentUrl().endsWith("focus=" + focused), driver.getCurrentUrl());
        driver.navigate().refresh();
        waitFor(() -> current().equals("50"));
        assertTrue(rows().size() > 50 && !driver.findElements(By.cssSelector("tr.more.before")).isEmpty()
                || rows().get(0).getDomAttribute("data-position").equals("0"), "a reload opens where the reviewer was");

        // Opened on a linked pair, ten rows above it show, and the rows above those come as the reviewer moves up.
        long linked = WebFixtures.pairId(document, 120);
        driver.get(root + "documents/" + document + "?focus=" + linked);
        waitFor(() -> current().equals("120"));
        for (int position = 119; position >= 105; position--) {
            String expected = String.valueOf(position);
            new Actions(driver).sendKeys("k").perform();
            waitFor(() -> current().equals(expected));
        }
        assertTrue(driver.getCurrentUrl().contains("focus="), driver.getCurrentUrl());

        // Scrolling to the end of what is loaded loads more, without a click; the filters stay in sight, uncovered.
        int before = rows().size();
        driver.executeScript("window.scrollTo(0, document.body.scrollHeight)");
        waitFor(() -> rows().size() > before);
        for (WebElement label : driver.findElements(By.cssSelector("form.filter label"))) {
            assertEquals(Boolean.TRUE, driver.executeScript("var box = arguments[0].getBoundingClientRect();"
                    + " var hit = document.elementFromPoint(box.left + 3, box.top + box.height / 2);"
                    + " return box.top >= 0 && arguments[0].contains(hit);", label), "filter label "
                    + label.getText() + " is visible and not under the sticky header after scrolling");
        }

        viewport(1280, 720);
        driver.get(root + "documents/" + document);
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());
        System.out.printf("At 1280x720: %d pairs fully visible on load%n", fullyVisiblePairs());
        assertEquals(Boolean.TRUE, driver.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling at 1280×720");
        assertTrue(driver.findElement(By.cssSelector("#toolbar [data-action=confirm]")).isDisplayed());
        chromium.screenshot("review-dense-1280x720.png");

        viewport(2560, 1440);
        driver.navigate().refresh();
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());
        System.out.printf("At 2560x1440 (27 inch): %d pairs fully visible on load%n", fullyVisiblePairs());
        chromium.screenshot("review-dense-2560x1440.png");
    }

    @Test
    void shouldShowTheFirstScreenOfTheLeakSample() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(ARTICLE), "Skipped: " + ARTICLE + " (the shared seed text) is missing.");
        // The English article, against itself split into lines as a stand-in translation: long sentences, as in
        // the commentary our users align.
        String article = Files.readString(ARTICLE, StandardCharsets.UTF_8);
        long project = WebFixtures.createProject("Commentary", "en", "en-GB");
        long document = io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("title", "Leaked calls", "sourceText", article, "targetText", article))
                .post("/api/projects/" + project + "/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        chromium.signInAsAdmin(root);
        viewport(1400, 900);
        driver.get(root + "documents/" + document);
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());
        int visible = fullyVisiblePairs();
        System.out.printf("Review page at 1400x900, the leak sample (%d pairs): %d pairs fully visible on load%n",
                rows().size(), visible);
        chromium.screenshot("review-leak-sample-1400x900.png");
        assertTrue(visible >= 6, visible + " long pairs fully visible");
    }

    @Test
    void shouldMovePairBoundariesWithTheMouse() {
        long project = WebFixtures.createProject("Mouse", "en", "de");
        long document = WebFixtures.createDocument(project, "Five", String.join("\n", "Alpha is first.",
                "Bravo is second.", "Charlie is third.", "Delta is fourth.", "Echo is fifth."), String.join("\n",
                "Alpha ist erst.", "Bravo ist zweit.", "Charlie ist dritt.", "Delta ist viert.", "Echo ist fünft."));
        chromium.signInAsAdmin(root);
        viewport(1400, 900);
        driver.get(root + "documents/" + document);
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());

        // A click on a sentence makes its row current; the handle after its last source sentence moves that one down.
        sentence(1, "source", 0).click();
        waitFor(() -> current().equals("1"));
        rows().get(1).findElement(By.cssSelector("td[data-side=source] .move-handle.down")).click();
        waitFor(() -> version() == 2 && idle());
        assertEquals(List.of(), sentences(1, "source"));
        assertEquals(List.of("Bravo is second.", "Charlie is third."), sentences(2, "source"));
        chromium.screenshot("review-move-handle.png");

        // The context menu on the first sentence of a pair moves it back up, and offers only what fits the sentence.
        new Actions(driver).contextClick(sentence(2, "source", 0)).perform();
        WebElement menu = driver.findElement(By.id("pair-menu"));
        waitFor(menu::isDisplayed);
        assertFalse(menu.findElement(By.cssSelector("[data-menu=move-down]")).isDisplayed(), "not the last sentence");
        chromium.screenshot("review-context-menu.png");
        menu.findElement(By.cssSelector("[data-menu=move-up]")).click();
        waitFor(() -> version() == 3 && idle());
        assertFalse(menu.isDisplayed());
        assertEquals(List.of("Bravo is second."), sentences(1, "source"));
        assertEquals(List.of("Charlie is third."), sentences(2, "source"));

        // Keyboard: Shift+F10 opens the same menu on the current sentence, Esc closes it; the toolbar confirms.
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.F10).keyUp(Keys.SHIFT).perform();
        waitFor(menu::isDisplayed);
        assertEquals(Boolean.TRUE, driver.executeScript("var item = document.activeElement, style = getComputedStyle(item);"
                + " return item.closest('#pair-menu') !== null && (style.outlineStyle !== 'none'"
                + " || style.backgroundColor !== 'rgba(0, 0, 0, 0)');"), "the keyboard focus is on a menu item, visibly");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waitFor(() -> !menu.isDisplayed());
        driver.findElement(By.cssSelector("#toolbar [data-action=confirm]")).click();
        waitFor(() -> version() == 4 && idle());
        assertTrue(rows().get(2).getDomAttribute("class").contains("status-CONFIRMED"));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** The page's viewport set exactly, whatever the window around it. */
    private static void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Rows whose whole height is on screen below the sticky header and column titles. */
    private static int fullyVisiblePairs() {
        return ((Number) driver.executeScript("var top = document.querySelector('table.review-table thead')"
                + ".getBoundingClientRect().bottom; return Array.from(document.querySelectorAll('#rows tr.pair'))"
                + ".filter(function (r) { var b = r.getBoundingClientRect(); return b.top >= top - 1"
                + " && b.bottom <= window.innerHeight; }).length;")).intValue();
    }

    /**
     * The Chinese and English lines of the bible before the first gold bead whose English starts at line
     * {@code englishLines} or later (the gold pairs English line numbers with Chinese ones).
     */
    private static String[] genesisStart(int englishLines) {
        try {
            List<String> en = Files.readAllLines(BIBLE.resolve("en/001"), StandardCharsets.UTF_8);
            List<String> zh = Files.readAllLines(BIBLE.resolve("zh/001"), StandardCharsets.UTF_8);
            for (String bead : Files.readAllLines(BIBLE.resolve("gold/001"), StandardCharsets.UTF_8)) {
                String[] sides = bead.split(":");
                String english = sides[0].replaceAll("[\\[\\]\\s]", "");
                String chinese = sides[1].replaceAll("[\\[\\]\\s]", "");
                if (english.isEmpty() || chinese.isEmpty()) {
                    continue;
                }
                int enStart = Integer.parseInt(english.split(",")[0]);
                if (enStart >= englishLines) {
                    int zhStart = Integer.parseInt(chinese.split(",")[0]);
                    return new String[] {String.join("\n", zh.subList(0, zhStart)) + "\n",
                            String.join("\n", en.subList(0, enStart)) + "\n"};
                }
            }
            throw new IllegalStateException("the bible's gold alignment ends before English line " + englishLines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String joined(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            var text = new StringBuilder();
            for (Path file : files.sorted().toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8).strip()).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#rows tr.pair"));
    }

    private static String current() {
        return driver.findElements(By.cssSelector("tr.pair.current")).stream().map(r -> r.getDomAttribute("data-position"))
                .findFirst().orElse("");
    }

    private static WebElement sentence(int row, String side, int index) {
        return rows().get(row).findElements(By.cssSelector("td[data-side=" + side + "] .sentence")).get(index);
    }

    private static List<String> sentences(int row, String side) {
        return rows().get(row).findElements(By.cssSelector("td[data-side=" + side + "] .sentence")).stream()
                .map(WebElement::getText).toList();
    }

    private static long version() {
        return Long.parseLong(driver.findElement(By.id("review-header")).getDomAttribute("data-version"));
    }

    private static boolean idle() {
        return driver.findElements(By.cssSelector(".htmx-request")).isEmpty();
    }

    private static void waitFor(BooleanSupplier condition) {
        chromium.waitFor(condition, "dense-review-failure.png");
    }
}
