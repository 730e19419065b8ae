// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A translator searches the concordance in a real browser: from the project page's link, a Chinese word typed into
 * the search box comes back marked inside its sentence (text that looks like markup stays text), and the result's
 * link opens the review page on that pair. The page's screenshot goes to {@code target/screenshots/concordance.png}.
 */
@QuarkusTest
class SearchBrowserTest extends BrowserTestBase {
    private static final String ZH = "引言在此。\n\n我们讨论人工智能的未来。<b>敏捷</b>的狐狸跳了。\n\n结论是人工智能很重要。";
    private static final String EN = "The introduction is here.\n\nWe discuss the future of artificial intelligence. "
            + "The <b>quick</b> fox jumped.\n\nThe conclusion: artificial intelligence matters.";

    @Test
    void shouldSearchFromThePageAndOpenTheResultOnTheReviewPage() {
        long project = WebFixtures.createProject("Concordance in a browser", "zh", "en");
        long document = WebFixtures.createDocument(project, "AI essay", ZH, EN);

        chromium.signInAsAdmin(root);
        driver.get(root + "projects/" + project);
        driver.findElement(By.id("search-project")).click();
        waitFor(() -> !driver.findElements(By.id("q")).isEmpty());
        assertEquals(String.valueOf(project),
                new Select(driver.findElement(By.name("project"))).getFirstSelectedOption().getAttribute("value"));
        driver.findElement(By.id("q")).sendKeys("人工智能 \"future of\"", Keys.ENTER);
        waitFor(() -> !driver.findElements(By.id("search-total")).isEmpty());
        assertTrue(driver.findElement(By.id("search-total")).getText().startsWith("1 pair matches"),
                driver.findElement(By.id("search-total")).getText());
        List<WebElement> hits = driver.findElements(By.cssSelector("tr.hit"));
        assertEquals(1, hits.size());
        WebElement hit = hits.get(0);
        assertEquals(List.of("人工智能", "future of"),
                hit.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList());
        assertTrue(hit.getText().contains("<b>敏捷</b>"), "markup in a text is shown as text: " + hit.getText());
        assertTrue(hit.findElements(By.tagName("b")).isEmpty());
        chromium.screenshot("concordance.png");

        String pair = hit.getAttribute("data-pair");
        hit.findElement(By.cssSelector("a.open-pair")).click();
        waitFor(() -> driver.getCurrentUrl().contains("/documents/" + document)
                && !driver.findElements(By.id("pair-" + pair)).isEmpty());
        assertTrue(driver.getCurrentUrl().endsWith("#pair-" + pair), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("pair-" + pair)).getText().contains("人工智能的未来"));

        driver.get(root + "search?q=" + "%22%22");
        waitFor(() -> !driver.findElements(By.id("search-error")).isEmpty());
        assertTrue(driver.findElement(By.id("search-error")).getText().startsWith("The search box has no words"),
                driver.findElement(By.id("search-error")).getText());
    }

    private static void waitFor(BooleanSupplier condition) {
        chromium.waitFor(condition, "concordance-failure.png");
    }
}
