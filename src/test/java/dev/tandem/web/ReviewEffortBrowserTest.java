// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.Chromium;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What reviewing costs: a reviewer takes 300 pairs of a real Chinese–English novel chapter from the aligner's
 * output to the gold alignment, once with the keyboard alone and once with the mouse alone, in a real browser. Each
 * step reads the page as the reviewer would (the current pair against its gold pair), presses what fixes it, and
 * counts the keys or clicks and the time until the page shows the result. Both end with every pair confirmed and
 * equal to the gold; the figures are printed for the closing note.
 * <p>
 * A measurement of about five minutes, so {@code ./mvnw verify} runs it only with {@code -Dtandem.review-effort=true}
 * (CI's first pass sets it; the README's Testing section says so). Without it the class is reported as skipped.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "tandem.review-effort", matches = "true",
        disabledReason = "the review-effort measurement (about 5 minutes) runs with -Dtandem.review-effort=true")
class ReviewEffortBrowserTest extends BrowserTestBase {
    private static final Path MAC_DEV = Path.of(System.getProperty("tandem.eval.dir", "../shared/eval/data"), "mac", "dev");
    private static final int PAIRS = 300;

    /** A gold pair: sentence ranges [from, to) of each side. */
    record Bead(int sourceFrom, int sourceTo, int targetFrom, int targetTo) {
        int count(boolean source) {
            return source ? sourceTo - sourceFrom : targetTo - targetFrom;
        }
    }

    /** A row as the page shows it: the sentence numbers of each side. */
    record Row(List<Integer> source, List<Integer> target) {
        int count(boolean source) {
            return source ? this.source.size() : target.size();
        }

        boolean matches(Bead bead) {
            return source.size() == bead.count(true) && target.size() == bead.count(false)
                    && (source.isEmpty() || source.get(0) == bead.sourceFrom())
                    && (target.isEmpty() || target.get(0) == bead.targetFrom());
        }
    }

    /** The 300 gold pairs and the texts they cover: chapter 001 of mac/dev and the start of 002. */
    record Sample(String source, String target, List<Bead> gold) {
    }

    @Test
    void shouldReviewThreeHundredPairsToTheGoldWithTheKeyboardAlone() throws IOException {
        var effort = new Effort("keys");
        long document = open("Keyboard");
        int i = 0;
        Sample sample = sample();
        while (i < PAIRS) {
            Bead gold = sample.gold().get(i);
            Row row = row(i);
            Row next = row(i + 1);
            long version = version();
            if (row.matches(gold)) {
                effort.press("a", "confirm and go on", version + 1, Math.min(i + 1, PAIRS - 1));
                i++;
            } else if (next == null) {
                // The last row holds what belongs to the last gold pairs: split it after the gold pair's end.
                boolean source = gold.count(true) != 1 || gold.count(false) == 1;
                if (!focusedSide().equals(source ? "source" : "target")) {
                    effort.press("o", "to the other side", version, i);
                }
                for (int s = focusedSentence(); s != gold.count(source) - 1; s += s < gold.count(source) - 1 ? 1 : -1) {
                    effort.press((s < gold.count(source) - 1 ? Keys.ARROW_RIGHT : Keys.ARROW_LEFT).toString(),
                            "next sentence", version, i);
                }
                effort.press("s", "split the pair", version + 1, i);
            } else if (row.count(true) > gold.count(true)) {
                effort.press("d", "source sentence down", version + 1, i);
            } else if (row.count(false) > gold.count(false)) {
                effort.press("D", "target sentence down", version + 1, i);
            } else {
                boolean source = row.count(true) < gold.count(true);
                if (next != null && next.count(source) > 0) {
                    effort.press("j", "move", version, i + 1);
                    effort.press(source ? "u" : "U", (source ? "source" : "target") + " sentence up", version + 1, i + 1);
                    effort.press("k", "move", version + 1, i);
                } else {
                    effort.press("m", "merge with next", version + 1, i);
                }
            }
        }
        effort.report();
        assertReviewedToGold(document, sample.gold());
    }

    @Test
    void shouldReviewThreeHundredPairsToTheGoldWithTheMouseAlone() throws IOException {
        var effort = new Effort("clicks");
        long document = open("Mouse");
        Sample sample = sample();
        int i = 0;
        while (i < PAIRS) {
            Bead gold = sample.gold().get(i);
            Row row = row(i);
            if (row.matches(gold)) {
                i++; // read and found right: confirmed with the rest at the end
                continue;
            }
            long version = version();
            if (!current().equals(String.valueOf(i))) {
                effort.click(rowElement(i).findElement(By.cssSelector("td.pos")), "select a row", version, i);
            }
            Row next = row(i + 1);
            if (next == null) {
                // The last row holds the last gold pairs: the context menu splits it after the gold pair's end.
                boolean source = gold.count(true) != 1 || gold.count(false) == 1;
                WebElement last = rowElement(i).findElements(By.cssSelector("td[data-side="
                        + (source ? "source" : "target") + "] .sentence")).get(gold.count(source) - 1);
                effort.contextClick(last, "open the menu on a sentence", i);
                effort.click(driver.findElement(By.cssSelector("#pair-menu [data-menu=split-pair]")),
                        "split the pair after it (menu)", version + 1, i);
                continue;
            }
            if (row.count(true) > gold.count(true) || row.count(false) > gold.count(false)) {
                String side = row.count(true) > gold.count(true) ? "source" : "target";
                effort.click(rowElement(i).findElement(By.cssSelector("td[data-side=" + side + "] .move-handle.down")),
                        side + " sentence down (handle)", version + 1, i);
                continue;
            }
            boolean source = row.count(true) < gold.count(true);
            if (next.count(source) > 0) {
                WebElement first = rowElement(i + 1).findElements(By.cssSelector("td[data-side="
                        + (source ? "source" : "target") + "] .sentence")).get(0);
                effort.contextClick(first, "open the menu on the next pair's sentence", i + 1);
                effort.click(driver.findElement(By.cssSelector("#pair-menu [data-menu=move-up]")),
                        (source ? "source" : "target") + " sentence up (menu)", version + 1, i + 1);
            } else {
                effort.click(driver.findElement(By.cssSelector("#toolbar [data-action=merge-pairs]")),
                        "merge with next (toolbar)", version + 1, i);
            }
        }
        long version = version();
        effort.click(rowElement(PAIRS - 1).findElement(By.cssSelector("td.pos")), "select a row", version, PAIRS - 1);
        effort.click(driver.findElement(By.cssSelector("#toolbar [data-action=confirm-through]")),
                "confirm through (toolbar)", version + 1, PAIRS - 1);
        effort.report();
        assertReviewedToGold(document, sample.gold());
    }

    // ---- the document, the page ---------------------------------------------------------------------------------

    private long open(String title) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(MAC_DEV), "Skipped: " + MAC_DEV + " (the shared evaluation data,"
                + " with the gold alignment this test reviews to) is missing.");
        Sample sample = sample();
        long project = WebFixtures.createProject("Effort " + title, "zh", "en");
        long document = WebFixtures.createDocument(project, title, sample.source(), sample.target());
        chromium.signInAsAdmin(root);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1400, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        driver.get(root + "documents/" + document);
        waitFor(() -> current().equals("0"));
        return document;
    }

    private static Sample sample() throws IOException {
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        List<Bead> gold = new ArrayList<>();
        for (String text : List.of("001", "002")) {
            int sourceBase = source.size();
            int targetBase = target.size();
            List<String> zh = Files.readAllLines(MAC_DEV.resolve("zh").resolve(text), StandardCharsets.UTF_8);
            List<String> en = Files.readAllLines(MAC_DEV.resolve("en").resolve(text), StandardCharsets.UTF_8);
            int sourceEnd = 0;
            int targetEnd = 0;
            for (String line : Files.readAllLines(MAC_DEV.resolve("gold").resolve(text), StandardCharsets.UTF_8)) {
                if (gold.size() == PAIRS) {
                    break;
                }
                String[] sides = line.split(":");
                int[] s = numbers(sides[0]);
                int[] t = numbers(sides[1]);
                int sourceFrom = s.length > 0 ? s[0] : sourceEnd;
                int targetFrom = t.length > 0 ? t[0] : targetEnd;
                sourceEnd = sourceFrom + s.length;
                targetEnd = targetFrom + t.length;
                gold.add(new Bead(sourceBase + sourceFrom, sourceBase + sourceEnd, targetBase + targetFrom,
                        targetBase + targetEnd));
            }
            source.addAll(zh.subList(0, sourceEnd));
            target.addAll(en.subList(0, targetEnd));
        }
        return new Sample(String.join("\n", source) + "\n", String.join("\n", target) + "\n", gold);
    }

    private static int[] numbers(String list) {
        String inner = list.replaceAll("[\\[\\]\\s]", "");
        return inner.isEmpty() ? new int[0] : java.util.Arrays.stream(inner.split(",")).mapToInt(Integer::parseInt)
                .toArray();
    }

    /** The row at {@code position}, loading it first if the page has not yet. */
    @SuppressWarnings("unchecked")
    private static Row row(int position) {
        if (position >= PAIRS) {
            return null;
        }
        waitFor(() -> {
            if (driver.findElements(By.cssSelector("#rows tr.pair[data-position='" + position + "']")).isEmpty()) {
                return !(Boolean) driver.executeScript("var more = document.querySelector('#rows tr.more.after');"
                        + " if (more) { more.scrollIntoView(); } return Boolean(more);");
            }
            return true;
        });
        if (driver.findElements(By.cssSelector("#rows tr.pair[data-position='" + position + "']")).isEmpty()) {
            return null; // the document has no more rows
        }
        var sides = (Map<String, List<Number>>) ((JavascriptExecutor) driver).executeScript(
                "var row = document.querySelector('#rows tr.pair[data-position=\"' + arguments[0] + '\"]');"
                        + " function side(name) { return Array.from(row.querySelectorAll('td[data-side=' + name"
                        + " + '] .sentence')).map(function (s) { return Number(s.dataset.index); }); }"
                        + " return {source: side('source'), target: side('target')};", position);
        return new Row(sides.get("source").stream().map(Number::intValue).toList(),
                sides.get("target").stream().map(Number::intValue).toList());
    }

    private static String focusedSide() {
        return (String) driver.executeScript("var cell = document.querySelector('#rows tr.pair.current td.side.focused');"
                + " return cell ? cell.dataset.side : 'source';");
    }

    private static int focusedSentence() {
        return ((Number) driver.executeScript("var cell = document.querySelector('#rows tr.pair.current td.side.focused');"
                + " return cell ? Array.from(cell.querySelectorAll('.sentence')).findIndex(function (s) {"
                + " return s.classList.contains('focused'); }) : 0;")).intValue();
    }

    private static WebElement rowElement(int position) {
        return driver.findElement(By.cssSelector("#rows tr.pair[data-position='" + position + "']"));
    }

    private static String current() {
        return driver.findElements(By.cssSelector("#rows tr.pair.current")).stream()
                .map(r -> r.getDomAttribute("data-position")).findFirst().orElse("");
    }

    private static long version() {
        return Long.parseLong(driver.findElement(By.id("review-header")).getDomAttribute("data-version"));
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(5))
                    .ignoring(StaleElementReferenceException.class).until(d -> Chromium.holds(condition));
        } catch (org.openqa.selenium.TimeoutException e) {
            chromium.screenshot("review-effort-failure.png");
            throw new AssertionError("Timed out on " + driver.getCurrentUrl() + " at row " + current() + ", notice "
                    + driver.findElements(By.id("notice")).stream().map(WebElement::getText).toList() + ", messages "
                    + driver.findElements(By.cssSelector(".row-message")).stream().map(WebElement::getText)
                    .filter(t -> !t.isBlank()).toList(), e);
        }
    }

    private static void assertReviewedToGold(long document, List<Bead> gold) {
        var items = WebFixtures.pairs(document).getList("items", Map.class);
        assertEquals(gold.size(), items.size(), "as many pairs as gold pairs");
        for (int i = 0; i < gold.size(); i++) {
            Map<?, ?> item = items.get(i);
            List<?> source = ((List<?>) item.get("source")).stream().map(s -> ((Map<?, ?>) s).get("index")).toList();
            List<?> target = ((List<?>) item.get("target")).stream().map(s -> ((Map<?, ?>) s).get("index")).toList();
            Bead bead = gold.get(i);
            assertEquals(range(bead.sourceFrom(), bead.sourceTo()), source, "source of pair " + (i + 1));
            assertEquals(range(bead.targetFrom(), bead.targetTo()), target, "target of pair " + (i + 1));
            assertEquals("CONFIRMED", item.get("status"), "pair " + (i + 1));
        }
    }

    private static List<Integer> range(int from, int to) {
        var values = new ArrayList<Integer>();
        for (int i = from; i < to; i++) {
            values.add(i);
        }
        return values;
    }

    /** Counts what the reviewer does and how long the page takes to show each result. */
    private static final class Effort {
        private final String unit;
        private final Map<String, List<Long>> times = new TreeMap<>();
        private int count;

        Effort(String unit) {
            this.unit = unit;
        }

        void press(String key, String what, long version, int position) {
            long start = System.nanoTime();
            new Actions(driver).sendKeys(key).perform();
            settle(what, start, version, position);
        }

        void click(WebElement element, String what, long version, int position) {
            inView(element);
            long start = System.nanoTime();
            element.click();
            settle(what, start, version, position);
        }

        void contextClick(WebElement element, String what, int position) {
            inView(element);
            long start = System.nanoTime();
            new Actions(driver).contextClick(element).perform();
            count++;
            waitFor(() -> driver.findElement(By.id("pair-menu")).isDisplayed() && current().equals(String.valueOf(position)));
            times.computeIfAbsent(what, k -> new ArrayList<>()).add(System.nanoTime() - start);
        }

        /**
         * Scrolled to the middle of the screen, as a reviewer scrolls to what they read (no click); the menu and the
         * pinned toolbar are in view where they are.
         */
        private static void inView(WebElement element) {
            if (element.findElements(By.xpath("ancestor::menu")).isEmpty() && !Boolean.TRUE.equals(driver.executeScript(
                    "return !!arguments[0].closest('.review.pinned .review-top')", element))) {
                driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            }
        }

        private void settle(String what, long start, long version, int position) {
            count++;
            waitFor(() -> version() == version && driver.findElements(By.cssSelector(".htmx-request")).isEmpty()
                    && current().equals(String.valueOf(position)));
            times.computeIfAbsent(what, k -> new ArrayList<>()).add(System.nanoTime() - start);
        }

        void report() {
            var lines = new StringBuilder(String.format(Locale.ROOT, "Review of %d zh-en pairs to the gold alignment,"
                    + " %s: %d %s, %.1f per 100 pairs%n", PAIRS, unit.equals("keys") ? "keyboard alone" : "mouse alone",
                    count, unit, 100.0 * count / PAIRS));
            times.forEach((what, list) -> {
                List<Long> sorted = list.stream().sorted().toList();
                lines.append(String.format(Locale.ROOT, "  %-45s %4d x, median %4.0f ms, p95 %4.0f ms%n", what,
                        sorted.size(), sorted.get(sorted.size() / 2) / 1e6,
                        sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)) / 1e6));
            });
            System.out.print(lines);
            try {
                Files.createDirectories(Path.of("target"));
                Files.writeString(Path.of("target", "review-effort-" + unit + ".txt"), lines);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertTrue(count > 0);
        }
    }
}
