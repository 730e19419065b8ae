// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A reviewer opens the risky pairs of a novel chapter in a real browser: the pair a reviewer changed (unscored) comes
 * first, then the flagged one, then its neighbour, then the least confident; clicking the first opens the review page with that pair
 * current. The queue's screenshot goes to {@code target/screenshots/review-queue.png}.
 */
@QuarkusTest
class QueueBrowserTest extends BrowserTestBase {
    private static final List<String> ZH = List.of("天黑了，街上没有人。", "他走进一家小店。", "店主正在看报纸。",
            "他买了5个苹果。", "店主抬起头，笑了笑。", "“今天很冷吧？”", "他点了点头。", "外面开始下雪了。",
            "他把苹果放进口袋。", "然后他走回了家。", "妻子在门口等他。", "她问他去了哪里。");
    private static final List<String> EN = List.of("It was dark, and the street was empty.", "He walked into a small shop.",
            "The shopkeeper was reading a newspaper.", "He bought 6 apples.", "The shopkeeper looked up and smiled.",
            "“Cold today, isn't it?”", "He nodded.", "Outside, it had begun to snow.", "He put the apples in his pocket.",
            "Then he walked home.", "His wife was waiting at the door.", "She asked him where he had been.");


    @Inject
    DataSource dataSource;

    @Test
    void shouldOpenTheRiskiestPairFromTheQueue() throws SQLException {
        long project = WebFixtures.createProject("Novel, chapter 3", "zh", "en");
        long document = WebFixtures.createDocument(project, "第三章 · Snow", String.join("\n", ZH), String.join("\n", EN));
        assertEquals("numbers", WebFixtures.pairs(document).getString("items[3].flags[0].code"));
        // known confidences: 0.95 everywhere but 6 (0.42) and 9 (0.74); then a reviewer rewrites pair 11's target
        for (int position = 0; position < ZH.size(); position++) {
            WebFixtures.setConfidence(dataSource, WebFixtures.pairId(document, position),
                    position == 6 ? 0.42 : position == 9 ? 0.74 : 0.95);
        }
        RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("op", "edit-text", "side", "target", "index", 10, "text", "His wife stood waiting at the door.",
                        "baseVersion", WebFixtures.version(document)))
                .post("/api/documents/" + document + "/edits").then().statusCode(200);
        long unscored = WebFixtures.pairId(document, 10);

        chromium.signInAsAdmin(root);
        driver.get(root + "documents/" + document + "/queue");
        waitFor(() -> !driver.findElements(By.cssSelector("tr.risky")).isEmpty());
        assertTrue(driver.findElement(By.id("queue-counter")).getText()
                .startsWith("4 pairs at risk remain of 12; 8 confident pairs await ‘Confirm confident’"),
                driver.findElement(By.id("queue-counter")).getText());
        List<WebElement> rows = driver.findElements(By.cssSelector("tr.risky"));
        assertEquals(List.of("11", "4", "10", "7"), rows.stream().map(r -> r.findElement(By.tagName("a")).getText())
                .toList(), "unscored, flagged, the pair next to the unscored one, then by confidence");
        WebElement first = rows.get(0);
        assertEquals(String.valueOf(unscored), first.getAttribute("data-id"));
        assertEquals("not scored by the aligner", first.findElement(By.cssSelector("td.reason")).getText());
        assertEquals("confidence 0.74; next to pair 11 (not scored)",
                rows.get(2).findElement(By.cssSelector("td.reason")).getText());
        chromium.screenshot("review-queue.png");

        first.findElement(By.tagName("a")).click();
        waitFor(() -> !driver.findElements(By.cssSelector("tr.pair.current")).isEmpty());
        assertTrue(driver.getCurrentUrl().contains("/documents/" + document + "?"), driver.getCurrentUrl());
        assertEquals(String.valueOf(unscored), driver.findElement(By.cssSelector("tr.pair.current")).getAttribute("data-id"));
        assertTrue(driver.findElement(By.cssSelector("tr.pair.current")).getText().contains("His wife stood waiting"));
    }

    private static void waitFor(BooleanSupplier condition) {
        chromium.waitFor(condition, "review-queue-failure.png");
    }
}
